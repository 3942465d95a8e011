import { DrawerActions } from "@creative-market/admin-ui"
import { Drawer, Input, Label, Select, Switch, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useSaveCommissionRule } from "../hooks/commission-rules"
import { emptyRuleForm, REFERENCE_HINTS, ruleToForm, SCOPE_LABELS, toInput, type RuleForm } from "../lib/commission"
import { ApiError } from "./form-parts"
import type { CommissionRule, CommissionScope } from "../lib/types"

type CommissionRuleDrawerProps = { rule?: CommissionRule; open: boolean; onOpenChange: (open: boolean) => void }

/** Creates a rule, or edits one (`rule`). It applies to orders placed from now on. */
export const CommissionRuleDrawer = ({ rule, open, onOpenChange }: CommissionRuleDrawerProps) => {
  const [form, setForm] = useState<RuleForm>(rule ? ruleToForm(rule) : emptyRuleForm)
  const { mutate, isPending, error, reset } = useSaveCommissionRule(rule?.id)
  // a drawer that opens again starts from the saved rule (state adjusted while rendering, not in an effect)
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setForm(rule ? ruleToForm(rule) : emptyRuleForm)
      reset()
    }
  }
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm((f) => ({ ...f, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    mutate(toInput(form), {
      onSuccess: () => {
        toast.success(rule ? "Commission rule saved." : "Commission rule created.")
        onOpenChange(false)
      },
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{rule ? "Edit commission rule" : "New commission rule"}</Drawer.Title>
            <Drawer.Description>
              The most specific active rule wins: creator, then category, then programme, then the global default. Orders already placed
              keep their commission.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="rule-scope" weight="plus">
                Applies to
              </Label>
              <Select value={form.scope} onValueChange={(value) => set("scope", value as CommissionScope)}>
                <Select.Trigger id="rule-scope">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {Object.entries(SCOPE_LABELS).map(([value, label]) => (
                    <Select.Item key={value} value={value}>
                      {label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            {form.scope !== "global" && (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="rule-reference" weight="plus">
                  {REFERENCE_HINTS[form.scope]}
                </Label>
                <Input id="rule-reference" value={form.reference} onChange={(e) => set("reference", e.target.value)} />
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="rule-type" weight="plus">
                Commission
              </Label>
              <Select value={form.type} onValueChange={(value) => set("type", value as RuleForm["type"])}>
                <Select.Trigger id="rule-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="percentage">Percentage of the line</Select.Item>
                  <Select.Item value="fixed">Fixed amount per unit, in one currency</Select.Item>
                </Select.Content>
              </Select>
            </div>
            {form.type === "percentage" ? (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="rule-percentage" weight="plus">
                  Percentage (0–100)
                </Label>
                <Input
                  id="rule-percentage"
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={form.percentage}
                  onChange={(e) => set("percentage", e.target.value)}
                />
              </div>
            ) : (
              <div className="flex gap-x-2">
                <div className="flex flex-1 flex-col gap-y-2">
                  <Label htmlFor="rule-amount" weight="plus">
                    Amount per unit
                  </Label>
                  <Input
                    id="rule-amount"
                    type="number"
                    min={0}
                    step="0.01"
                    value={form.amount}
                    onChange={(e) => set("amount", e.target.value)}
                  />
                </div>
                <div className="flex w-28 flex-col gap-y-2">
                  <Label htmlFor="rule-currency" weight="plus">
                    Currency
                  </Label>
                  <Input
                    id="rule-currency"
                    maxLength={3}
                    value={form.currency_code}
                    onChange={(e) => set("currency_code", e.target.value)}
                  />
                </div>
              </div>
            )}
            <div className="flex items-center gap-x-2">
              <Switch id="rule-active" checked={form.active} onCheckedChange={(checked) => set("active", checked)} />
              <Label htmlFor="rule-active">Active</Label>
            </div>
            <ApiError error={error} />
          </Drawer.Body>
          <DrawerActions submit="Save" isPending={isPending} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
