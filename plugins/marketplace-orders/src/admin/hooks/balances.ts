import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CreatorBalance } from "../lib/types"

export const balanceKeys = { all: ["marketplace-orders", "balances"] as const }

/** Every shop's balance per currency, from the ledger. */
export const useBalances = () =>
  useQuery({
    queryKey: balanceKeys.all,
    queryFn: () => sdk.client.fetch<{ balances: CreatorBalance[] }>("/admin/marketplace/balances"),
  })
