import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

/**
 * One grant per digital line item and file of the order (a licence tier gets the files meant
 * for all tiers plus its own). Idempotent: a redelivered event creates nothing twice.
 */
export const createDownloadGrantsStep = createStep(
  "create-download-grants",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "status", "email", "customer_id", "items.id", "items.quantity", "items.variant_id", "items.product_id"],
      filters: { id: input.order_id },
    })
    const productIds = [...new Set((order?.items ?? []).map((item: any) => item.product_id).filter(Boolean))]
    // an order cancelled before this event was handled grants nothing (docs/decisions/055)
    if (!productIds.length || order?.status === "canceled") return new StepResponse({ order, grants: [] as any[] }, [] as string[])
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "listing.kind", "listing.download_limit", "listing.download_ttl_hours", "listing.assets.*"],
      filters: { id: productIds },
    })
    const existing = await listings.listDownloadGrants({ order_id: order.id })
    const wanted = order.items.flatMap((item: any) => {
      const listing = products.find((p: any) => p.id === item.product_id)?.listing
      if (listing?.kind !== "digital") return []
      return (listing.assets ?? [])
        .filter((asset: any) => !asset.variant_id || asset.variant_id === item.variant_id)
        .filter((asset: any) => !existing.some((g) => g.line_item_id === item.id && g.asset_id === asset.id))
        .map((asset: any) => ({
          order_id: order.id,
          line_item_id: item.id,
          asset_id: asset.id,
          customer_id: order.customer_id ?? null,
          email: order.email ?? null,
          max_downloads: listing.download_limit * Number(item.quantity ?? 1),
          expires_at: new Date(Date.now() + listing.download_ttl_hours * 3_600_000),
        }))
    })
    const created: { id: string }[] = wanted.length ? await listings.createDownloadGrants(wanted as any[]) : []
    return new StepResponse(
      { order, grants: created },
      created.map((grant) => grant.id),
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteDownloadGrants(createdIds)
  },
)
