import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ProductMarketplace } from "../lib/types"

// Medusa's product route accepts link fields (its query config has no allow-list), so the
// creator and listing come through the creator ↔ product and listing ↔ product links.
const FIELDS = ["id", "creator.id", "creator.name", "creator.handle", "creator.status", "listing.*", "listing.assets.id"].join(",")

export const useProductMarketplace = (productId: string) =>
  useQuery({
    queryKey: ["creator-shops", "product-marketplace", productId],
    queryFn: () => sdk.client.fetch<{ product: ProductMarketplace }>(`/admin/products/${productId}`, { query: { fields: FIELDS } }),
  })
