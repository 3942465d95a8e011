import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertDigitalAddedOnce, assertDigitalQuantity, digitalCopiesProblem } from "../../utils/digital-quantity"
import { isBookedLine, serviceDateProblem } from "../../utils/service-dates"

type Line = { variant_id?: string | null; title?: string; quantity?: unknown; metadata?: Record<string, unknown> | null }

/** Checks each service line's requested date (line item metadata.requested_date) against its listing; a booked line has its slot. */
async function validateServiceDates(container: MedusaContainer, lines: Line[]) {
  const variantIds = lines.map((line) => line.variant_id).filter(Boolean) as string[]
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.title",
      "product.listing.kind",
      "product.listing.service_lead_time_days",
      "product.listing.service_date_required",
    ],
    filters: { id: variantIds },
  })
  for (const line of lines) {
    const variant = data.find((v: any) => v.id === line.variant_id)
    const listing = variant?.product?.listing
    // a booked line's slot is its date (it is checked by the bookings plugin)
    if (listing?.kind !== "service" || isBookedLine(line.metadata)) continue
    const problem = serviceDateProblem(line.title ?? variant.product.title, listing, line.metadata?.requested_date)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await validateServiceDates(container, (input.items ?? []) as Line[])
  await assertDigitalAddedOnce(container, input.cart_id, input.items ?? [])
})

// a cart created with its lines does not pass through addToCartWorkflow
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertDigitalAddedOnce(container, null, (input.items ?? []) as { variant_id?: string | null; quantity?: unknown }[])
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const line = ((cart as any).items ?? []).find((item: { id: string }) => item.id === input.item_id)
  await assertDigitalQuantity(container, line?.variant_id, input.update.quantity)
})

/**
 * Medusa checks that a product is published when it is added to a cart, not at checkout; a shop
 * suspended (or a listing withdrawn) while the cart waited must not be sold.
 */
async function validateStillSold(container: MedusaContainer, lines: Line[]) {
  const variantIds = lines.map((line) => line.variant_id).filter(Boolean) as string[]
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.status"],
    filters: { id: variantIds },
  })
  const gone = data
    .filter((variant: any) => variant.product?.status !== "published")
    .map((variant: any) => `"${variant.product?.title ?? variant.id}"`)
  if (gone.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No longer for sale: ${gone.join(", ")}. Remove it from the cart to check out.`)
  }
}

/** A digital line of more than one copy, from before the rule or written directly, is not sold. */
async function validateDigitalCopies(container: MedusaContainer, lines: Line[]) {
  const several = lines.filter((line) => line.variant_id && Number(line.quantity) > 1)
  if (!several.length) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.listing.kind"],
    filters: { id: several.map((line) => line.variant_id!) },
  })
  for (const line of several) {
    const product = (data.find((v: any) => v.id === line.variant_id) as any)?.product
    const problem = digitalCopiesProblem(product?.title ?? line.title ?? "", product?.listing?.kind, line.quantity)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

// checked again at checkout: a lead time may have run out, a shop may have been suspended, a
// digital line may hold more than one copy (made before that rule)
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const lines = ((cart as any).items ?? []) as Line[]
  await validateStillSold(container, lines)
  await validateServiceDates(container, lines)
  await validateDigitalCopies(container, lines)
})
