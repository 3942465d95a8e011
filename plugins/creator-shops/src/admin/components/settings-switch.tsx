import { Label, Switch, Text } from "@medusajs/ui"

type SettingsSwitchProps = {
  id: string
  label: string
  description: string
  checked: boolean
  disabled: boolean
  onChange: (checked: boolean) => void
}

/** One on/off marketplace rule with what it does in a sentence. */
export const SettingsSwitch = ({ id, label, description, checked, disabled, onChange }: SettingsSwitchProps) => (
  <div className="flex items-start justify-between gap-x-6 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} weight="plus">
        {label}
      </Label>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    <Switch id={id} checked={checked} disabled={disabled} onCheckedChange={onChange} />
  </div>
)
