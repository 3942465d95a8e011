import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCTS } from "./data/products"
import { type SeedLog, seedLog } from "./log"
import { ensurePublishableKey } from "./steps/api-key"
import { ensureCategories } from "./steps/categories"
import { seedShopDelivery } from "./steps/creator-delivery"
import { ensureDemoCreator } from "./steps/demo-creator"
import { seedCreators } from "./steps/creators"
import { seedBookings } from "./steps/bookings"
import { attachDigitalFiles } from "./steps/digital-files"
import { stockPhysicalGoods } from "./steps/inventory"
import { ensureLocales } from "./steps/locales"
import { translateProducts } from "./steps/product-translations"
import { seedDemoOrders } from "./steps/orders"
import { createMissingProducts } from "./steps/products"
import { ensureRegions, ensureTaxRegions, type RegionIds } from "./steps/regions"
import { ensureSalesChannel } from "./steps/sales-channel"
import { ensureShippingOptions, ensureShippingProfile } from "./steps/shipping"
import { ensureServiceZones, ensureStockLocation } from "./steps/stock-location"
import { configureStore, isSeeded, markSeeded, readStore } from "./steps/store"
import { writeStorefrontFile } from "./steps/storefront-file"
import { ensureTags } from "./steps/tags"
import { seedDemoPartners, seedExportProfiles } from "./steps/export"

/**
 * The demo catalogue: store, markets, shipping from Baku, categories and the products of
 * Azerbaijani creators in en/az/ru. Every step finds what exists before creating, so a run
 * that stopped half-way can simply be started again; a finished run marks the store and
 * later runs only refresh storefront.json.
 */
export default async function seedDemoCatalogue({ container, args }: ExecArgs) {
  // the first argument, when given, is where `npm start` keeps local state (storefront.json)
  const dataDir = args?.[0]
  const log = seedLog(container.resolve(ContainerRegistrationKeys.LOGGER))
  const started = Date.now()
  const store = await readStore(container)
  const salesChannelId = await ensureSalesChannel(container, store)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)

  if (isSeeded(store)) {
    log("the demo catalogue is already there; nothing to do")
    const regions = await ensureRegions(container)
    await ensureDemoCreator(container, log)
    await publish(log, dataDir, { publishableKey, salesChannelId, regions })
    return
  }

  log("store, sales channel and locales")
  const locales = await ensureLocales(container)
  log("regions and tax regions (AZN, EUR, USD)")
  const regions = await ensureRegions(container)
  await ensureTaxRegions(container)
  log("stock location in Baku and shipping options")
  const locationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  const zones = await ensureServiceZones(container, locationId)
  await ensureShippingOptions(container, { profileId: shippingProfileId, zones, regions })
  await configureStore(container, store, { salesChannelId, regionId: regions.azerbaijan, locationId, locales })

  await seedCatalogue(container, log, { salesChannelId, shippingProfileId, locationId })
  await seedShopDelivery(container, zones, log)
  await seedDemoPartners(container, dataDir, log)
  await seedBookings(container, regions.azerbaijan, log)
  await seedDemoOrders(container, { regionId: regions.azerbaijan, salesChannelId }, log)
  await ensureDemoCreator(container, log)
  await markSeeded(container, store)
  await publish(log, dataDir, { publishableKey, salesChannelId, regions })
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${PRODUCTS.length} products`)
}

async function seedCatalogue(
  container: MedusaContainer,
  log: SeedLog,
  ids: { salesChannelId: string; shippingProfileId: string; locationId: string },
) {
  log("categories and tags")
  const categoryIds = await ensureCategories(container)
  const tagIds = await ensureTags(
    container,
    PRODUCTS.flatMap((product) => product.tags),
  )
  await createMissingProducts(container, PRODUCTS, { ...ids, categoryIds, tagIds }, log)
  const translated = await translateProducts(container, PRODUCTS)
  log(`translations (az, ru): ${translated} added`)
  const stocked = await stockPhysicalGoods(container, PRODUCTS, ids.locationId)
  log(`stock levels in Baku: ${stocked} added`)
  await seedCreators(container, PRODUCTS, log)
  await attachDigitalFiles(container, PRODUCTS, log)
  await seedExportProfiles(container, PRODUCTS, log)
}

async function publish(
  log: SeedLog,
  dataDir: string | undefined,
  facts: { publishableKey: string; salesChannelId: string; regions: RegionIds },
) {
  log(`publishable API key ${facts.publishableKey}`)
  if (!dataDir) return
  const file = await writeStorefrontFile(dataDir, {
    publishable_key: facts.publishableKey,
    sales_channel_id: facts.salesChannelId,
    regions: facts.regions,
  })
  log(`storefront facts written to ${file}`)
}
