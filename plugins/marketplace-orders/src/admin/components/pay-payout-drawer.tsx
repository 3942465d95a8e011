import { DrawerActions, formatMoney } from "@creative-market/admin-ui"
import { Drawer, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import type { Payout } from "../lib/types"
import { ApiError, NoteField } from "./form-parts"

type PayPayoutDrawerProps = {
  payout: Payout
  open: boolean
  onOpenChange: (open: boolean) => void
  isPending: boolean
  error: unknown
  onConfirm: (body: { reference: string; note?: string }) => void
}

/** Records the bank transfer an operator made for an approved payout: its reference is required. */
export const PayPayoutDrawer = ({ payout, open, onOpenChange, isPending, error, onConfirm }: PayPayoutDrawerProps) => {
  const [reference, setReference] = useState("")
  const [note, setNote] = useState("")
  const [touched, setTouched] = useState(false)
  const missing = !reference.trim()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (!missing) onConfirm({ reference: reference.trim(), note: note.trim() || undefined })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Record bank transfer</Drawer.Title>
            <Drawer.Description>
              {formatMoney(payout.amount, payout.currency_code)} to {payout.creator?.name ?? payout.creator_id}. The creator is told the
              payout was sent.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="payout-reference" weight="plus">
                Transfer reference
              </Label>
              <Input
                id="payout-reference"
                maxLength={200}
                value={reference}
                onChange={(event) => setReference(event.target.value)}
                aria-invalid={touched && missing}
                placeholder="The bank's reference of the transfer"
              />
              {touched && missing && (
                <Text size="small" className="text-ui-fg-error">
                  Enter the bank's reference so the transfer can be traced.
                </Text>
              )}
            </div>
            <NoteField id="payout-note" rows={4} value={note} onChange={setNote} />
            <ApiError error={error} />
          </Drawer.Body>
          <DrawerActions submit="Record transfer" isPending={isPending} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
