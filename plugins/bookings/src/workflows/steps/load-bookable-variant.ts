import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OfferingRecord } from "../../lib/check-slot"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type LoadBookableVariantInput = { variant_id: string }

/** The booking configuration of a variant sold on the storefront, with its resource's schedule (404 otherwise). */
export const loadBookableVariantStep = createStep("load-bookable-variant", async (input: LoadBookableVariantInput, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const [offering] = await bookings.listBookableVariants(
    { variant_id: input.variant_id },
    { relations: ["resource", "resource.exceptions"] },
  )
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: ${input.variant_id} is not a bookable variant on sale.`)
  if (!offering) throw notFound()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: offering.product_id, status: "published" },
  })
  if (!data.length) throw notFound()
  return new StepResponse({ ...(offering as unknown as OfferingRecord), product_title: data[0].title as string })
})
