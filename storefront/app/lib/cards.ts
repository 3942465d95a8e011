import type { CardProduct } from "~/components/product-card"
import type { Product, ShopProduct } from "./types"

function card(product: Product | ShopProduct, creatorName: string | null, price: CardProduct["price"]): CardProduct {
  const { id, handle, title, thumbnail } = product
  return { id, handle, title, thumbnail, kind: product.listing?.kind ?? null, creatorName, price }
}

/** A product from /store/products as a card (price = the cheapest variant's calculated price). */
export function cardFromProduct(product: Product): CardProduct {
  const prices = (product.variants ?? []).map((v) => v.calculated_price).filter((p) => p?.calculated_amount != null)
  const cheapest = prices.sort((a, b) => a!.calculated_amount! - b!.calculated_amount!)[0]
  return card(
    product,
    product.creator?.name ?? null,
    cheapest ? { amount: cheapest.calculated_amount!, currency: cheapest.currency_code } : null,
  )
}

/** A creator-shop product (raw prices per currency) as a card in `currency`. */
export function cardFromShopProduct(product: ShopProduct, currency: string, creatorName: string): CardProduct {
  const amounts = (product.variants ?? []).flatMap((v) => (v.prices ?? []).filter((p) => p.currency_code === currency).map((p) => p.amount))
  return card(product, creatorName, amounts.length ? { amount: Math.min(...amounts), currency } : null)
}
