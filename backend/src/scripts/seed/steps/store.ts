import type { MedusaContainer, StoreDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { CURRENCIES, STORE_NAME } from "../data/markets"

/** Bump when the demo catalogue changes in a way an existing database should pick up. */
export const SEED_VERSION = 1
const SEEDED_KEY = "demo_catalogue_version"

/** Medusa creates the store on first boot; the seed only configures it. */
export async function readStore(container: MedusaContainer): Promise<StoreDTO> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No store exists: run `medusa db:migrate` and start Medusa once before seeding.")
  return store
}

export function isSeeded(store: StoreDTO) {
  return Number(store.metadata?.[SEEDED_KEY] ?? 0) >= SEED_VERSION
}

type StoreDefaults = { salesChannelId: string; regionId: string; locationId: string; locales: string[] }

/** Currencies (tax-inclusive prices), locales and defaults of the store. */
export async function configureStore(container: MedusaContainer, store: StoreDTO, defaults: StoreDefaults) {
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: CURRENCIES.map((currency) => ({ ...currency, is_tax_inclusive: true })),
        supported_locales: defaults.locales.map((locale_code) => ({ locale_code })),
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
}

/** The flag a later run reads to skip seeding. */
export async function markSeeded(container: MedusaContainer, store: StoreDTO) {
  await container.resolve(Modules.STORE).updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), [SEEDED_KEY]: SEED_VERSION, demo_catalogue_seeded_at: new Date().toISOString() },
  })
}
