import type { Page } from "@creative-market/admin-ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { Payout, PayoutStatus } from "../lib/types"

export type PayoutListQuery = { status: PayoutStatus; limit: number; offset: number }

export const payoutKeys = {
  all: ["marketplace-orders", "payouts"] as const,
  list: (query: PayoutListQuery) => [...payoutKeys.all, "list", query] as const,
}

/** One page of payouts in one status; the previous page stays on screen while the next loads. */
export const usePayouts = (query: PayoutListQuery) =>
  useQuery({
    queryKey: payoutKeys.list(query),
    queryFn: () => sdk.client.fetch<{ payouts: Payout[] } & Page>("/admin/marketplace/payouts", { query }),
    placeholderData: keepPreviousData,
  })

export type PayoutAction =
  { action: "approve" } | { action: "cancel"; note?: string } | { action: "pay"; reference?: string; note?: string }

/** Approve, cancel, record the bank transfer of a payout or send its Stripe transfer; every list refreshes afterwards. */
export const usePayoutAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, ...body }: PayoutAction) =>
      sdk.client.fetch<{ payout: Payout }>(`/admin/marketplace/payouts/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payoutKeys.all }),
  })
}
