import { formatMoney } from "@creative-market/admin-ui"
import { Button, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCreatorOrderAction, type RefundLineBody } from "../hooks/marketplace-order"
import type { MarketplaceOrder } from "../lib/types"
import { ApiError, NoteField } from "./form-parts"

type Mode = "rest" | "quantity" | "amount"

/** Refunds units or an amount of one line (or all that is left of it), after a confirmation. */
export const RefundLineForm = ({ order }: { order: MarketplaceOrder }) => {
  const prompt = usePrompt()
  const open = order.lines.filter((line) => line.refundable_amount > 0)
  const [lineId, setLineId] = useState(open[0]?.id ?? "")
  const [mode, setMode] = useState<Mode>("quantity")
  const [value, setValue] = useState("")
  const [note, setNote] = useState("")
  const { mutate, isPending, error } = useCreatorOrderAction(order.id)
  const line = order.lines.find((l) => l.id === lineId)

  if (!open.length)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Every line was refunded in full.
      </Text>
    )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!line) return
    const body: RefundLineBody = { line_item_id: line.id, reason: note.trim() || undefined }
    if (mode === "quantity") body.quantity = Number(value)
    if (mode === "amount") body.amount = Number(value)
    const what =
      mode === "rest"
        ? `all that is left of "${line.title}" (${formatMoney(line.refundable_amount, order.currency_code)})`
        : mode === "quantity"
          ? `${value} × "${line.title}"`
          : `${formatMoney(Number(value), order.currency_code)} of "${line.title}"`
    const confirmed = await prompt({
      title: "Refund the buyer?",
      description: `The buyer gets back ${what}. Commission and the creator's earning are reversed; the buyer is told by e-mail.`,
      confirmText: "Refund",
      cancelText: "Back",
    })
    if (!confirmed) return
    mutate(
      { action: "refund", body },
      {
        onSuccess: () => {
          toast.success("Refund recorded.")
          setValue("")
          setNote("")
        },
      },
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-y-2 md:col-span-2">
          <Label htmlFor="refund-line" weight="plus">
            Line
          </Label>
          <Select value={lineId} onValueChange={setLineId}>
            <Select.Trigger id="refund-line">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {open.map((l) => (
                <Select.Item key={l.id} value={l.id}>
                  {l.title} – {formatMoney(l.refundable_amount, order.currency_code)} left
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="refund-mode" weight="plus">
            Refund
          </Label>
          <Select value={mode} onValueChange={(next) => setMode(next as Mode)}>
            <Select.Trigger id="refund-mode">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="quantity">Units (stock goes back on sale)</Select.Item>
              <Select.Item value="amount">An amount (goodwill, no stock)</Select.Item>
              <Select.Item value="rest">All that is left of the line</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {mode !== "rest" && (
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="refund-value" weight="plus">
              {mode === "quantity"
                ? `Units (of ${line ? line.quantity - line.refunded_quantity : 0})`
                : `Amount (${order.currency_code.toUpperCase()})`}
            </Label>
            <Input
              id="refund-value"
              type="number"
              min={mode === "quantity" ? 1 : 0.01}
              step={mode === "quantity" ? 1 : 0.01}
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
        )}
      </div>
      <NoteField id="refund-note" value={note} onChange={setNote} />
      <ApiError error={error} />
      <div className="flex justify-end">
        <Button size="small" variant="secondary" type="submit" isLoading={isPending}>
          Refund line
        </Button>
      </div>
    </form>
  )
}
