import { DrawerActions } from "@creative-market/admin-ui"
import { Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

type ReasonDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  reasonRequired: boolean
  danger?: boolean
  isPending: boolean
  onConfirm: (reason: string | undefined) => void
}

/** Asks the operator why, before a decision the creator will be told about. */
export const ReasonDrawer = (props: ReasonDrawerProps) => {
  const { open, onOpenChange, title, description, confirmLabel, reasonRequired, danger, isPending, onConfirm } = props
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  // a drawer that opens again starts empty (state adjusted while rendering, not in an effect)
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setReason("")
      setTouched(false)
    }
  }

  const trimmed = reason.trim()
  const missing = reasonRequired && !trimmed
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (!missing) onConfirm(trimmed || undefined)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description>{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor="decision-reason" weight="plus">
              Reason{reasonRequired ? "" : " (optional)"}
            </Label>
            <Textarea
              id="decision-reason"
              rows={6}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={touched && missing}
              placeholder="The creator sees this reason in the notification."
            />
            {touched && missing && (
              <Text size="small" className="text-ui-fg-error">
                A reason is required: the creator needs to know what to change.
              </Text>
            )}
          </Drawer.Body>
          <DrawerActions submit={confirmLabel} isPending={isPending} danger={danger} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
