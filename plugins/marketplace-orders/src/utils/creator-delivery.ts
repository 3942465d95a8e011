import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import CreatorShippingOptionLink from "../links/creator-shipping-option"
import { zoneCurrencies } from "./zone-currencies"

/** What a creator sees of one of their delivery options. */
export const OPTION_FIELDS = [
  "id",
  "name",
  "shipping_profile_id",
  "service_zone_id",
  "service_zone.name",
  "prices.currency_code",
  "prices.amount",
  "prices.price_rules.attribute",
  "created_at",
]

export type CreatorDeliveryOption = {
  id: string
  name: string
  /** the name in other languages, by locale (`{ az: { name } }`), as a listing's translations read */
  translations: Record<string, { name?: string }>
  service_zone: { id: string; name: string }
  prices: { currency_code: string; amount: number }[]
}

/** The ids of the shop's own shipping options (creator ↔ shipping_option). */
export async function creatorOptionIds(container: MedusaContainer, creatorId: string, ids?: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CreatorShippingOptionLink.entryPoint,
    fields: ["shipping_option_id"],
    filters: { creator_id: creatorId, ...(ids ? { shipping_option_id: ids } : {}) },
  })
  return data.map((row: any) => row.shipping_option_id as string)
}

/** The shop's own options (oldest first), as the creator API answers them. */
export async function listCreatorOptions(container: MedusaContainer, creatorId: string, ids?: string[]): Promise<CreatorDeliveryOption[]> {
  const own = await creatorOptionIds(container, creatorId, ids)
  if (!own.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, translations] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: OPTION_FIELDS, filters: { id: own } }),
    container.resolve(Modules.TRANSLATION).listTranslations({ reference: "shipping_option", reference_id: own }, { take: null }),
  ])
  const namesOf = (id: string) =>
    Object.fromEntries(
      translations
        .filter((row) => row.reference_id === id && typeof row.translations?.name === "string")
        .map((row) => [row.locale_code, { name: row.translations!.name as string }]),
    )
  return data
    .sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at)))
    .map((option: any) => ({
      id: option.id,
      name: option.name,
      translations: namesOf(option.id),
      service_zone: { id: option.service_zone_id, name: option.service_zone?.name ?? "" },
      prices: (option.prices ?? [])
        // prices by currency only: a region price (none are made here) is the marketplace's business
        .filter((price: any) => !price.price_rules?.length)
        .map((price: any) => ({ currency_code: price.currency_code, amount: Number(price.amount) }))
        .sort((a: any, b: any) => a.currency_code.localeCompare(b.currency_code)),
    }))
}

/** 404 unless shipping option `id` is the shop's own: another shop's option reveals nothing. */
export async function assertCreatorOption(container: MedusaContainer, creatorId: string, id: string) {
  if (!(await creatorOptionIds(container, creatorId, [id])).length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery option ${id} was not found in this shop.`)
  }
}

/** The shop's own shipping profile (the one its options ship under), if it has any option. */
export async function creatorShippingProfileId(container: MedusaContainer, creatorId: string) {
  const own = await creatorOptionIds(container, creatorId)
  if (!own.length) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["shipping_profile_id"], filters: { id: own } })
  return (data[0]?.shipping_profile_id as string | undefined) ?? null
}

/**
 * The name of a shop's own shipping profile as the Admin lists it: "Delivery of Guba Carpets
 * (@guba-carpets)". Medusa wants profile names unique; the handle is, a shop's name need not be.
 */
export async function creatorProfileName(container: MedusaContainer, creatorId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "creator", fields: ["name", "handle"], filters: { id: creatorId } })
  const shop = data[0] as { name: string; handle: string } | undefined
  return shop ? `Delivery of ${shop.name} (@${shop.handle})` : `Delivery of ${creatorId}`
}

/** The shop's physical products (creator ↔ product, listing kind). */
export async function creatorPhysicalProductIds(container: MedusaContainer, creatorId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "creator", fields: ["products.id", "products.listing.kind"], filters: { id: creatorId } })
  return (data[0]?.products ?? []).filter((p: any) => p?.listing?.kind === "physical").map((p: any) => p.id as string)
}

/**
 * The marketplace's service zones: those of the shipping fulfillment sets at the stock locations
 * of the store's sales channel, the one a creator's option is offered in. The home zone (covering
 * a country of the store's default region) first, each with the currencies its buyers pay in.
 */
export async function marketplaceServiceZones(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [store],
    },
    { data: regions },
  ] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id", "default_region.countries.iso_2"] }),
    query.graph({ entity: "region", fields: ["currency_code", "countries.iso_2"] }),
  ])
  const markets = regions.map((r: any) => ({ currency_code: r.currency_code, countries: (r.countries ?? []).map((c: any) => c.iso_2) }))
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: [
      "stock_locations.fulfillment_sets.type",
      "stock_locations.fulfillment_sets.service_zones.id",
      "stock_locations.fulfillment_sets.service_zones.name",
      "stock_locations.fulfillment_sets.service_zones.geo_zones.country_code",
    ],
    filters: { id: store?.default_sales_channel_id ?? "none" },
  })
  const zones = (channels[0]?.stock_locations ?? [])
    .flatMap((location: any) => location?.fulfillment_sets ?? [])
    .filter((set: any) => set?.type === "shipping")
    .flatMap((set: any) => set.service_zones ?? [])
  const home = new Set((store?.default_region?.countries ?? []).map((c: any) => c.iso_2))
  const isHome = (zone: any) => (zone.geo_zones ?? []).some((geo: any) => home.has(geo.country_code))
  return [...zones.filter(isHome), ...zones.filter((zone: any) => !isHome(zone))].map((zone: any) => ({
    id: zone.id as string,
    name: zone.name as string,
    currencies: zoneCurrencies(
      (zone.geo_zones ?? []).map((geo: any) => geo.country_code),
      markets,
    ),
  }))
}
