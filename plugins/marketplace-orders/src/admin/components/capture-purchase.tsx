import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useCreatorOrderAction } from "../hooks/marketplace-order"
import type { MarketplaceOrder } from "../lib/types"
import { ApiError } from "./form-parts"

/**
 * Captures the purchase's payment while it is only authorised (paid on confirmation, or a card
 * the provider did not capture at once): Medusa's own capture button has no payment to act on for
 * a creator's order, since the payment belongs to the whole purchase (docs/decisions/027, 052).
 */
export const CapturePurchase = ({ order }: { order: MarketplaceOrder }) => {
  const prompt = usePrompt()
  const { mutate, isPending, error } = useCreatorOrderAction(order.id)
  const group = order.order_group
  if (!group || group.payment_status !== "authorized" || order.status === "canceled") return null

  const capture = async () => {
    const confirmed = await prompt({
      title: `Capture the payment of purchase #${group.display_id}?`,
      description: "The whole authorised amount of the purchase is captured: every creator's order in it is then paid.",
      confirmText: "Capture payment",
      cancelText: "Not now",
    })
    if (confirmed) mutate({ action: "capture", body: {} }, { onSuccess: () => toast.success("Payment captured.") })
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        The purchase's payment is authorised, not yet captured: capture it once the buyer has paid.
      </Text>
      <ApiError error={error} />
      <div className="flex justify-end">
        <Button size="small" variant="secondary" isLoading={isPending} onClick={capture}>
          Capture payment
        </Button>
      </div>
    </div>
  )
}
