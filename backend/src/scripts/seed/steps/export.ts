import { writeFile } from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildAllFeeds } from "@creative-market/export-listings/lib/feeds/build"
import { EXPORT_LISTING_MODULE } from "@creative-market/export-listings/modules/export-listing"
import { createPartnerWorkflow, rotatePartnerTokenWorkflow, upsertExportProfileWorkflow } from "@creative-market/export-listings/workflows"
import { DEMO_PARTNERS, EXPORT_BY_CATEGORY } from "../data/export"
import type { SeedLog } from "../log"
import type { ProductSeed } from "../types"

/**
 * Export profiles for the physical demo products: most complete, some with the gaps creators
 * typically leave (no HS code, no origin, a pre-1960 piece without its certificate).
 */
export async function seedExportProfiles(container: MedusaContainer, products: ProductSeed[], log: SeedLog) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const physical = products.filter((product) => product.kind === "physical" && EXPORT_BY_CATEGORY[product.category])
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "export_profile.id"],
    filters: { handle: physical.map((p) => p.handle) },
  })
  const byHandle = new Map(data.map((row: any) => [row.handle, row]))
  let added = 0
  for (const [index, product] of physical.entries()) {
    const row: any = byHandle.get(product.handle)
    if (!row || row.export_profile) continue
    const category = EXPORT_BY_CATEGORY[product.category]
    const profile: Record<string, unknown> = {
      hs_code: index % 7 === 3 ? null : category.hs_code,
      origin_country: index % 9 === 5 ? null : "AZ",
      weight_g: product.weight ?? 500,
      materials: product.material ? [product.material.en] : null,
      customs_description: category.customs,
      production_year: index % 11 === 7 ? 1952 : 2024,
      maker: product.creator,
    }
    await upsertExportProfileWorkflow(container).run({ input: { product_id: row.id, profile: profile as any } })
    added++
  }
  log(`export profiles: ${added} added (${physical.length} physical products)`)
}

/**
 * The demo partners with a fresh token each, and their first feeds. The tokens and feed paths go to
 * <dataDir>/export-partners.json, which `npm start` prints.
 */
export async function seedDemoPartners(container: MedusaContainer, dataDir: string | undefined, log: SeedLog) {
  const service: any = container.resolve(EXPORT_LISTING_MODULE)
  const facts: { name: string; format: string; path: string; token: string }[] = []
  for (const demo of DEMO_PARTNERS) {
    const [existing] = await service.listPartners({ name: demo.name })
    const partnerId: string = existing?.id ?? (await createPartnerWorkflow(container).run({ input: demo })).result.partner.id
    // a token is only ever shown once: a partner created before gets a new one (the old one stops)
    const { result: token } = await rotatePartnerTokenWorkflow(container).run({ input: { partner_id: partnerId, grace_hours: 0 } })
    facts.push({
      name: demo.name,
      format: demo.format,
      path: demo.format === "json" ? "/partner/v1/items" : `/feeds/${partnerId}/feed.xml`,
      token: token.token,
    })
  }
  const builds = await buildAllFeeds(container)
  log(`export feeds: ${builds.map((b) => `${b.item_count} items (${b.status})`).join(", ")}`)
  if (dataDir) {
    const file = path.join(dataDir, "export-partners.json")
    await writeFile(file, JSON.stringify({ partners: facts }, null, 2) + "\n", { mode: 0o600 })
    log(`export partner tokens written to ${file}`)
  }
}
