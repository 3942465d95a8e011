import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketplaceServiceZones } from "../../utils/creator-delivery"
import { assertZonePrices } from "../../utils/zone-currencies"

export type ValidateOptionPricesInput = { id: string; prices?: Record<string, number | undefined> }

/** New fees for a shop's option still cover every currency its zone's buyers pay in (043). */
export const validateOptionPricesStep = createStep("validate-option-prices", async (input: ValidateOptionPricesInput, { container }) => {
  if (!input.prices) return new StepResponse(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: options }, zones] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["service_zone_id"], filters: { id: input.id } }),
    marketplaceServiceZones(container),
  ])
  const zone = zones.find((z) => z.id === options[0]?.service_zone_id)
  if (zone) assertZonePrices(zone, input.prices)
  return new StepResponse(undefined)
})
