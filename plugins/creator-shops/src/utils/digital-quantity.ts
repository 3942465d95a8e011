import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Added = { variant_id?: string | null; quantity?: unknown }

/** The titles of the digital listings among these variants, by variant id. */
async function digitalVariants(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return new Map<string, string>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.listing.kind"],
    filters: { id: variantIds },
  })
  return new Map(
    data.filter((variant: any) => variant.product?.listing?.kind === "digital").map((variant: any) => [variant.id, variant.product.title]),
  )
}

const once = (title: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `"${title}" is a digital item: one copy is all a buyer needs, so its quantity stays 1. Choose another licence for more.`,
  )

/**
 * A digital line is one licence: a quantity of 3 charged three times for the same files. Adding
 * it again would merge into the line already in the cart (quantity 2), so that is refused too.
 */
export async function assertDigitalAddedOnce(container: MedusaContainer, cartId: string | null, items: Added[]) {
  const digital = await digitalVariants(container, items.map((item) => item.variant_id).filter(Boolean) as string[])
  if (!digital.size) return
  const inCart = new Set<string>()
  if (cartId) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "items.variant_id"],
      filters: { id: cartId },
    })
    for (const line of (data[0] as any)?.items ?? []) inCart.add(line.variant_id)
  }
  const counted = new Map<string, number>()
  for (const item of items) {
    const title = item.variant_id && digital.get(item.variant_id)
    if (!title) continue
    const total = (counted.get(item.variant_id!) ?? 0) + Number(item.quantity ?? 1) + (inCart.has(item.variant_id!) ? 1 : 0)
    counted.set(item.variant_id!, total)
    if (total > 1) throw once(title)
  }
}

/** Raising a digital line above 1 is refused; 0 still removes it. */
export async function assertDigitalQuantity(container: MedusaContainer, variantId: string | null | undefined, quantity: unknown) {
  if (!variantId || quantity === undefined || Number(quantity) <= 1) return
  const title = (await digitalVariants(container, [variantId])).get(variantId)
  if (title) throw once(title)
}

/**
 * What stops a digital line at checkout: more than one copy, in a cart made before the rule above
 * existed or written directly (the hooks above guard only the routes that add and change lines).
 * Pure, for both completions: the split checkout's plan and Medusa's own workflow.
 */
export function digitalCopiesProblem(title: string, kind: string | null | undefined, quantity: unknown): string | null {
  if (kind !== "digital" || Number(quantity) <= 1) return null
  return `"${title}" is a digital item: one copy is all a buyer needs. Set its quantity to 1 in your cart, then check out again.`
}
