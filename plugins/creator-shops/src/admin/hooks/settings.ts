import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { MarketplaceSettings } from "../lib/types"

const settingsKey = ["creator-shops", "marketplace-settings"] as const

export const useMarketplaceSettings = () =>
  useQuery({
    queryKey: settingsKey,
    queryFn: () => sdk.client.fetch<{ settings: MarketplaceSettings }>("/admin/marketplace-settings"),
  })

/** Saves one or both switches; the cache takes the saved settings from the response. */
export const useUpdateMarketplaceSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (update: Partial<MarketplaceSettings>) =>
      sdk.client.fetch<{ settings: MarketplaceSettings }>("/admin/marketplace-settings", { method: "POST", body: update }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  })
}
