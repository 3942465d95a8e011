import { MedusaError } from "@medusajs/framework/utils"
import { digitalCopiesProblem } from "@creative-market/creator-shops/utils/digital-quantity"
import { isBookedLine, serviceDateProblem } from "@creative-market/creator-shops/utils/service-dates"
import { deliversItself } from "./delivery-rule"

export type CartCreator = { id: string; handle: string; name: string; status: string; shipping_options?: ({ id: string } | null)[] | null }
export type CartLine = {
  id: string
  title?: string | null
  quantity: number
  requires_shipping?: boolean | null
  metadata?: Record<string, unknown> | null
  product?: {
    title?: string | null
    status?: string | null
    creator?: CartCreator | null
    listing?: { kind?: string | null; service_lead_time_days?: number | null; service_date_required?: boolean | null } | null
  } | null
  [key: string]: unknown
}
export type CartShippingMethod = {
  id: string
  name?: string | null
  shipping_option?: { creator?: { id: string } | null } | null
  [key: string]: unknown
}
export type SplitCart = {
  items?: CartLine[] | null
  shipping_methods?: CartShippingMethod[] | null
  shipping_address?: { address_1?: string | null } | null
}

/** One future order: a creator's lines and the delivery the buyer chose for them (none for digital goods and services). */
export type SplitGroup = {
  creator_id: string | null
  creator_name: string | null
  /** the shop has delivery options of its own: the marketplace's delivery does not carry its goods */
  delivers_itself: boolean
  items: CartLine[]
  shipping_methods: CartShippingMethod[]
}

const title = (line: CartLine) => line.product?.title ?? line.title ?? line.id

/**
 * Checks that every line can still be sold and groups the cart by creator; throws a MedusaError
 * saying what to fix. Pure: the workflow's validate step calls it before anything is written.
 */
export function planSplit(cart: SplitCart): SplitGroup[] {
  const items = cart.items ?? []
  if (!items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your cart is empty: add something before checking out.")

  // what stopped being sold since it was put in the cart (also a suspended shop: its listings are unpublished)
  const gone = items.filter(
    (line) => line.product?.status !== "published" || (line.product?.creator && line.product.creator.status !== "approved"),
  )
  if (gone.length) {
    const names = [...new Set(gone.map((line) => `"${title(line)}"`))]
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No longer for sale: ${names.join(", ")}. Remove it from the cart to check out.`)
  }
  for (const line of items) {
    const listing = line.product?.listing
    // a digital line of several copies, from before "a digital line stays 1" or written directly (docs/decisions/051)
    const copies = digitalCopiesProblem(title(line), listing?.kind, line.quantity)
    if (copies) throw new MedusaError(MedusaError.Types.INVALID_DATA, copies)
    // a booked line's slot is its date: the bookings plugin checks its hold (docs/decisions/052)
    if (listing?.kind !== "service" || isBookedLine(line.metadata)) continue
    const terms = { service_lead_time_days: listing.service_lead_time_days ?? null, service_date_required: !!listing.service_date_required }
    const problem = serviceDateProblem(title(line), terms, line.metadata?.requested_date)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }

  const groups = new Map<string, SplitGroup>()
  for (const line of items) {
    const creator = line.product?.creator ?? null
    const key = creator?.id ?? ""
    if (!groups.has(key))
      groups.set(key, {
        creator_id: creator?.id ?? null,
        creator_name: creator?.name ?? null,
        delivers_itself: deliversItself(creator),
        items: [],
        shipping_methods: [],
      })
    groups.get(key)!.items.push(line)
  }
  assignShipping([...groups.values()], cart.shipping_methods ?? [])
  return [...groups.values()]
}

/**
 * A street is asked only when something is shipped: a purchase of downloads and services
 * completes with the buyer's name and country alone (docs/decisions/043).
 */
export function requireStreet(cart: SplitCart, groups: SplitGroup[]) {
  const shipping = groups.filter((group) => group.items.some((line) => line.requires_shipping))
  if (shipping.length && !cart.shipping_address?.address_1?.trim()) {
    const names = shipping.map((group) => group.creator_name ?? "the marketplace").join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Add a delivery address with a street: the items from ${names} are shipped.`)
  }
}

/**
 * Each group with physical lines needs a delivery: its creator's own (a shipping option linked to
 * that creator) or the marketplace's (an option linked to no creator, like the demo seed's), which
 * covers every creator without one of their own and is charged once, on the first of their
 * orders (the others carry a free copy of it). A shop with options of its own is covered only by
 * them (`deliversItself`, 054). A method nothing in the cart ships with is refused, or the buyer would pay for it
 * without an order carrying it.
 */
function assignShipping(groups: SplitGroup[], methods: CartShippingMethod[]) {
  const shipping = groups.filter((group) => group.items.some((line) => line.requires_shipping))
  const marketplace = methods.filter((method) => !method.shipping_option?.creator?.id)
  const unused: CartShippingMethod[] = []
  for (const method of methods) {
    const owner = method.shipping_option?.creator?.id
    if (!owner) continue
    const group = shipping.find((g) => g.creator_id === owner)
    if (group) group.shipping_methods.push(method)
    else unused.push(method)
  }
  const own = shipping.filter((group) => group.delivers_itself && !group.shipping_methods.length)
  if (own.length) {
    // the same sentence as for goods with no delivery at all: the buyer chooses one of the shop's own
    const names = own.map((group) => group.creator_name ?? group.creator_id).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choose a delivery option for the items from ${names}.`)
  }
  const uncovered = shipping.filter((group) => !group.shipping_methods.length)
  if (uncovered.length && marketplace.length) {
    uncovered[0].shipping_methods.push(...marketplace)
    // the others ship with the same delivery, already paid: a free copy lets their creators fulfil it
    const free = marketplace.map((m) => ({ ...m, amount: 0, raw_amount: undefined, tax_lines: [], adjustments: [] }))
    for (const group of uncovered.slice(1)) group.shipping_methods.push(...free)
  } else unused.push(...marketplace)
  if (unused.length) {
    const names = unused.map((method) => `"${method.name ?? method.id}"`).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Remove the delivery option ${names}: nothing in your cart ships with it.`)
  }
  if (uncovered.length && !marketplace.length) {
    const names = uncovered.map((group) => group.creator_name ?? "the marketplace").join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choose a delivery option for the items from ${names}.`)
  }
}
