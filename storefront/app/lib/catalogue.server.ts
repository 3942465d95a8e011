import { data } from "react-router"
import { BackendError, catalogue, catalogueLive } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Creator, Product, ShopProduct } from "./types"

export const CARD_FIELDS = "id,title,subtitle,handle,thumbnail,created_at,*variants.calculated_price"
const PRODUCT_FIELDS = [
  "id,title,subtitle,handle,description,thumbnail,created_at",
  "*images",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "*collection",
].join(",")

/** A 404 page in the visitor's language instead of the backend's error. */
export function notFound(): never {
  throw data("Not found", { status: 404 })
}

/**
 * A product by handle through the list route, which Medusa's cache can answer (the by-id route
 * cannot); read live, not from the storefront's cache, so its stock is the stock now.
 */
export async function productByHandle(shop: Shop, handle: string): Promise<Product> {
  const { products } = await catalogueLive<{ products: Product[] }>("/store/products", shop.scope, {
    handle,
    fields: PRODUCT_FIELDS,
    limit: 1,
  })
  const product = products[0] ?? notFound()
  const listing = (await listingsFor(shop, [product.id])).get(product.id)
  if (!listing) return product
  const { creator, product_id: _, ...details } = listing
  const shopPage = await creatorByHandle(shop, creator.handle, { limit: 1, offset: 0 }).catch(() => null)
  return { ...product, listing: details, creator: { ...creator, ...(shopPage?.creator ?? {}) } }
}

type ListingAnswer = NonNullable<Product["listing"]> & { product_id: string; creator: { id: string; handle: string; name: string } }

/** Kind, kind details and creator of products (the plugin's /store/listings), by product id. */
export async function listingsFor(shop: Shop, ids: string[]): Promise<Map<string, ListingAnswer>> {
  const unique = [...new Set(ids)].sort()
  if (unique.length === 0) return new Map()
  const { listings } = await catalogue<{ listings: ListingAnswer[] }>("/store/listings", shop.scope, { product_id: unique.join(",") })
  return new Map(listings.map((listing) => [listing.product_id, listing]))
}

/** Products with their listing kind and creator name, for cards. */
export async function listProducts(shop: Shop, query: Record<string, unknown>) {
  const answer = await catalogue<{ products: Product[]; count: number }>("/store/products", shop.scope, { fields: CARD_FIELDS, ...query })
  const listings = await listingsFor(
    shop,
    answer.products.map((p) => p.id),
  )
  return {
    count: answer.count,
    products: answer.products.map((p) => {
      const listing = listings.get(p.id)
      return listing ? { ...p, listing: { kind: listing.kind }, creator: listing.creator } : p
    }),
  }
}

export async function listCreators(
  shop: Shop,
  query: { programme?: string; limit?: number; offset?: number; with_listings?: boolean } = {},
) {
  return catalogue<{ creators: Creator[]; count: number }>("/store/creators", shop.scope, { limit: 24, ...query })
}

export async function creatorByHandle(shop: Shop, handle: string, page: { limit: number; offset: number }) {
  try {
    return await catalogue<{ creator: Creator; products: ShopProduct[]; count: number }>(
      `/store/creators/${encodeURIComponent(handle)}`,
      shop.scope,
      page,
    )
  } catch (error) {
    if (error instanceof BackendError && error.status === 404) notFound()
    throw error
  }
}

export async function categoryByHandle(shop: Shop, handle: string) {
  const { product_categories } = await catalogue<{
    product_categories: { id: string; name: string; handle: string; description?: string }[]
  }>("/store/product-categories", shop.scope, { handle, fields: "id,name,handle,description" })
  return product_categories[0] ?? notFound()
}

export async function listCategories(shop: Shop) {
  return (
    await catalogue<{ product_categories: { id: string; name: string; handle: string; parent_category_id: string | null }[] }>(
      "/store/product-categories",
      shop.scope,
      { fields: "id,name,handle,parent_category_id", limit: 100 },
    )
  ).product_categories
}

export async function collectionByHandle(shop: Shop, handle: string) {
  const { collections } = await catalogue<{ collections: { id: string; title: string; handle: string }[] }>(
    "/store/collections",
    shop.scope,
    {
      handle,
    },
  )
  return collections[0] ?? notFound()
}

export async function listCollections(shop: Shop) {
  return (
    await catalogue<{ collections: { id: string; title: string; handle: string }[] }>("/store/collections", shop.scope, { limit: 50 })
  ).collections
}

/** The lowest price a card shows: the cheapest variant's calculated price in the region's currency. */
export function cheapest(product: Pick<Product, "variants">) {
  const prices = (product.variants ?? [])
    .map((variant) => variant.calculated_price)
    .filter((price): price is NonNullable<typeof price> => price?.calculated_amount != null)
  return prices.sort((a, b) => a.calculated_amount! - b.calculated_amount!)[0] ?? null
}
