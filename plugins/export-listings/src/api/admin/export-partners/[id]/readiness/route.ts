import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { measureImages, withCatalogueClient } from "../../../../../lib/feeds/catalogue-client"
import { scanCatalogue } from "../../../../../lib/feeds/scan"
import type { ReadinessPartner } from "../../../../../lib/readiness"
import { partnerView } from "../../../partners"

/** How many published products are ready for this partner, and the most common reasons the rest are not. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const partner = await partnerView(req.scope, req.params.id)
  let ready = 0
  let notReady = 0
  const reasons = new Map<string, { code: string; field: string; message: unknown; count: number }>()
  await withCatalogueClient(req.scope, async (client) => {
    const scan = scanCatalogue([client], partner as unknown as ReadinessPartner & { language: string }, measureImages(req.scope))
    for await (const { readiness } of scan) {
      if (readiness.ready) ready++
      else notReady++
      for (const reason of readiness.reasons) {
        const entry = reasons.get(reason.code) ?? { ...reason, message: reason.message, count: 0 }
        entry.count++
        reasons.set(reason.code, entry)
      }
    }
  })
  res.json({ ready, not_ready: notReady, reasons: [...reasons.values()].sort((a, b) => b.count - a.count) })
}
