import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignProductsToCreatorWorkflow, registerCreatorWorkflow } from "@creative-market/creator-shops/workflows"
import { CREATORS } from "../data/creators"
import { SERVICE_TERMS } from "../data/service-terms"
import type { SeedLog } from "../log"
import type { ProductSeed } from "../types"

/**
 * The demo shops, approved, each owning its products as listings of their kind. Shops and
 * assignments that exist are left alone, so the step can run again after an interruption.
 */
export async function seedCreators(container: MedusaContainer, products: ProductSeed[], log: SeedLog) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "creator",
    fields: ["id", "handle"],
    filters: { handle: CREATORS.map((c) => c.handle) },
  })
  const ids = new Map(existing.map((creator: any) => [creator.handle, creator.id]))
  for (const seed of CREATORS.filter((c) => !ids.has(c.handle))) {
    const { result } = await registerCreatorWorkflow(container).run({
      input: {
        handle: seed.handle,
        name: seed.name,
        bio: seed.bio.en,
        bio_translations: { az: seed.bio.az, ru: seed.bio.ru },
        programme: seed.programme,
        legal_type: seed.legal_type,
        tax_id: seed.legal_type === "company" ? demoTaxId(seed.handle) : null,
        email: `${seed.handle}@creators.creative-market.az`,
        country_code: seed.country.toLowerCase(),
        status: "approved",
        reason: "demo catalogue",
        actor_type: "system",
      },
    })
    ids.set(seed.handle, result.id)
  }

  const handles = products.map((p) => p.handle)
  const { data: rows } = await query.graph({ entity: "product", fields: ["id", "handle", "creator.id"], filters: { handle: handles } })
  const unassigned = rows.filter((row: any) => !row.creator)
  for (const creator of CREATORS) {
    const mine = unassigned.filter((row: any) => products.find((p) => p.handle === row.handle)?.creator === creator.handle)
    if (!mine.length) continue
    await assignProductsToCreatorWorkflow(container).run({
      input: {
        creator_id: ids.get(creator.handle)!,
        products: mine.map((row: any) => {
          const seed = products.find((p) => p.handle === row.handle)!
          return { product_id: row.id, kind: seed.kind, service: seed.kind === "service" ? SERVICE_TERMS[seed.handle] : undefined }
        }),
      },
    })
  }
  log(`creators: ${CREATORS.length} approved shops own ${rows.length} products (${unassigned.length} assigned now)`)
}

/** A stable, well-formed (10-digit) demo VÖEN derived from the handle. */
function demoTaxId(handle: string): string {
  let hash = 7
  for (const char of handle) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_000
  return `1${String(hash).padStart(9, "0")}`
}
