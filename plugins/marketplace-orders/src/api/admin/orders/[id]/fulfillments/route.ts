import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { FULFILMENT_ITEM_FIELDS, linesWithoutProduct } from "../../../../../utils/fulfilment-lines"

/**
 * Replaces Medusa's Admin "Create fulfillment" (same path, same body, same answer; its middlewares
 * still validate the body and pick the answer's fields). It hands Medusa the order's lines without
 * their product, as a creator's shipment does, so an order bought before its shop moved its goods to
 * another shipping profile can still be fulfilled by the delivery it was placed with (docs/decisions/054).
 */
export const POST = async (req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [lines],
  } = await query.graph({ entity: "order", fields: ["id", ...FULFILMENT_ITEM_FIELDS], filters: { id: req.params.id } })
  await createOrderFulfillmentWorkflow(req.scope).run({
    input: {
      ...(req.validatedBody as any),
      ...(lines ? { items_list: linesWithoutProduct(lines.items) } : {}),
      order_id: req.params.id,
      created_by: (req as any).secret_key_context?.created_by ?? req.auth_context.actor_id,
    },
  })
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  res.status(200).json({ order })
}
