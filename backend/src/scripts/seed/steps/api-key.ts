import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow, updateApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE } from "../data/markets"

/** The key Medusa's first boot creates; we adopt it instead of leaving a second key around. */
const MEDUSA_DEFAULT_KEY_TITLE = "Default Publishable API Key"

/** The storefront's publishable key, scoped to the marketplace sales channel. */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const keys = (await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })).filter((key) => !key.revoked_at)
  const key =
    keys.find((candidate) => candidate.title === PUBLISHABLE_KEY_TITLE) ??
    keys.find((candidate) => candidate.title === MEDUSA_DEFAULT_KEY_TITLE)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
    return result[0].token
  }
  if (key.title !== PUBLISHABLE_KEY_TITLE) {
    await updateApiKeysWorkflow(container).run({ input: { selector: { id: key.id }, update: { title: PUBLISHABLE_KEY_TITLE } } })
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "api_key",
    fields: ["sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id === salesChannelId)
  if (!linked) await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  return key.token
}
