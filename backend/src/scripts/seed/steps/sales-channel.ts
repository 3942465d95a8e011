import type { MedusaContainer, StoreDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL } from "../data/markets"

/**
 * The marketplace's one sales channel. Medusa's first boot made a "Default Sales Channel";
 * we rename that one rather than leave an unused twin behind.
 */
export async function ensureSalesChannel(container: MedusaContainer, store: StoreDTO): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [named] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL.name })
  if (named) return named.id
  if (store.default_sales_channel_id) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: store.default_sales_channel_id }, update: SALES_CHANNEL },
    })
    return store.default_sales_channel_id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [SALES_CHANNEL] } })
  return result[0].id
}
