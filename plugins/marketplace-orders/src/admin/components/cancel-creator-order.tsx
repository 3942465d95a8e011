import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useCreatorOrderAction } from "../hooks/marketplace-order"
import type { MarketplaceOrder } from "../lib/types"
import { ApiError, NoteField } from "./form-parts"

/** Cancels the creator's whole order (not once shipped: refund its lines instead), after a confirmation. */
export const CancelCreatorOrder = ({ order }: { order: MarketplaceOrder }) => {
  const prompt = usePrompt()
  const [note, setNote] = useState("")
  const { mutate, isPending, error } = useCreatorOrderAction(order.id)

  if (order.status === "canceled")
    return (
      <Text size="small" className="text-ui-fg-subtle">
        This order was cancelled and refunded.
      </Text>
    )

  const cancel = async () => {
    const confirmed = await prompt({
      title: `Cancel ${order.creator?.name ?? "the creator"}'s order?`,
      description:
        "Every line not yet refunded and the delivery are given back to the buyer, the stock goes back on sale and the buyer is told. This cannot be undone.",
      confirmText: "Cancel order",
      cancelText: "Keep order",
    })
    if (confirmed)
      mutate({ action: "cancel", body: { note: note.trim() || undefined } }, { onSuccess: () => toast.success("Order cancelled.") })
  }

  return (
    <div className="flex flex-col gap-y-3">
      {order.shipped && (
        <Text size="small" className="text-ui-fg-subtle">
          This order has shipped: the API refuses to cancel it; refund its lines instead.
        </Text>
      )}
      <NoteField id="cancel-note" value={note} onChange={setNote} />
      <ApiError error={error} />
      <div className="flex justify-end">
        <Button size="small" variant="danger" isLoading={isPending} onClick={cancel}>
          Cancel creator's order
        </Button>
      </div>
    </div>
  )
}
