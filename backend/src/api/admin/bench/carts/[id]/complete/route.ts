import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { env } from "../../../../../../env"

/**
 * Benchmarks only (`CHECKOUT_BENCH_BASELINE=true`, operators only): completes a cart with Medusa's
 * own workflow, one order for the whole cart, so `npm run bench:checkout` can measure the split
 * checkout against plain Medusa in the same run. Everywhere else this path does not exist.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!env.CHECKOUT_BENCH_BASELINE) {
    res.status(404).json({ type: "not_found", message: "Not found" })
    return
  }
  const { result } = await completeCartWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.status(200).json({ type: "order", order: { id: result.id } })
}
