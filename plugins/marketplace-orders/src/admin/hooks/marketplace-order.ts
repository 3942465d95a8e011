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

export type RefundLineBody = { line_item_id: string; quantity?: number; amount?: number; reason?: string }

type OrderAction =
  { action: "refund"; body: RefundLineBody } | { action: "cancel"; body: { note?: string } } | { action: "capture"; body: object }
const ACTION_PATHS = { refund: "refunds", cancel: "cancel", capture: "capture" } as const

/** Refunds a line, cancels the creator's order or captures the purchase; the widget and Medusa's own order page refresh. */
export const useCreatorOrderAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: OrderAction) =>
      sdk.client.fetch(`/admin/marketplace/orders/${id}/${ACTION_PATHS[input.action]}`, { method: "POST", body: input.body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: marketplaceOrderKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}
