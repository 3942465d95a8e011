import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDigitalAssetsWorkflow } from "@creative-market/creator-shops/workflows"
import { samplePdf } from "../files/sample-pdf"
import type { SeedLog } from "../log"
import type { ProductSeed } from "../types"

/**
 * Every digital listing of the demo delivers a file (a one-page PDF standing in for the real
 * goods), stored privately like a creator's upload, so a demo purchase ends in a working
 * download link. Listings that have files are left alone.
 */
export async function attachDigitalFiles(container: MedusaContainer, products: ProductSeed[], log: SeedLog) {
  const digital = products.filter((product) => product.kind === "digital")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "listing.assets.id"],
    filters: { handle: digital.map((p) => p.handle) },
  })
  const missing = rows.filter((row: any) => row.listing && !row.listing.assets?.length)
  const files = container.resolve(Modules.FILE)
  for (const row of missing) {
    const seed = digital.find((product) => product.handle === row.handle)!
    const filename = `${seed.handle}.pdf`
    const content = samplePdf(seed.title.en, [
      "Creative Market - demo catalogue",
      `Sold by: ${seed.creator}`,
      "This file stands in for the goods a creator would deliver.",
      seed.description.en.slice(0, 90),
    ])
    const stored = await files.createFiles({
      filename,
      mimeType: "application/pdf",
      content: content.toString("base64"),
      access: "private",
    })
    await addDigitalAssetsWorkflow(container).run({
      input: {
        product_id: row.id,
        member_id: "seed",
        files: [{ file_key: stored.id, filename, mime_type: "application/pdf", size: content.length }],
      },
    })
  }
  log(`digital files: ${missing.length} added (${rows.length} digital listings)`)
}
