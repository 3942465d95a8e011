import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { MarketplaceOrder } from "../lib/types"

export const marketplaceOrderKeys = { detail: (id: string) => ["marketplace-orders", "order", id] as const }

/** An order's creator, lines and refunds so far (`creator: null` for an order not split by creator). */
export const useMarketplaceOrder = (id: string) =>
  useQuery({
    queryKey: marketplaceOrderKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ marketplace_order: MarketplaceOrder }>(`/admin/marketplace/orders/${id}`),
  })

export type RefundLineBody = { line_item_id: string; quantity?: number; amount?: number; note?: string }

/** Refunds a line, or cancels the creator's order; the widget and Medusa's own order page refresh. */
export const useCreatorOrderAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { action: "refund"; body: RefundLineBody } | { action: "cancel"; body: { note?: string } }) =>
      sdk.client.fetch(`/admin/marketplace/orders/${id}/${input.action === "refund" ? "refunds" : "cancel"}`, {
        method: "POST",
        body: input.body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: marketplaceOrderKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}
