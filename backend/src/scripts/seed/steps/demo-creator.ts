import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { env } from "../../../env"
import type { SeedLog } from "../log"

/** The demo shop's owner account that `npm start` prints (docs/decisions/016). */
export const DEMO_CREATOR = { email: "demo-creator@creative-market.az", shop: "qarabag-weavers" }

type Row = { id: string }
type CreatorService = {
  listCreatorMembers(filters: { email: string }, config: { take: number }): Promise<Row[]>
  createCreatorMembers(data: { email: string; name: string }): Promise<Row>
  listCreatorMemberships(filters: { creator_id: string; member_id: string }, config: { take: number }): Promise<Row[]>
  createCreatorMemberships(data: { creator_id: string; member_id: string; role: "owner" }): Promise<Row>
}

/**
 * Gives the demo shop an owner who signs in to the studio with DEMO_CREATOR_PASSWORD. Runs on
 * every seed: the member, membership and identity are found before created, and an existing
 * identity takes the given password, so what `npm start` prints always signs in.
 */
export async function ensureDemoCreator(container: MedusaContainer, log: SeedLog, password = env.DEMO_CREATOR_PASSWORD) {
  if (!password) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shops } = await query.graph({ entity: "creator", fields: ["id"], filters: { handle: DEMO_CREATOR.shop } })
  const shopId = (shops[0] as Row | undefined)?.id
  if (!shopId) return log(`demo creator: no shop ${DEMO_CREATOR.shop}, no account made`)

  const creators: CreatorService = container.resolve("creator")
  const [existing] = await creators.listCreatorMembers({ email: DEMO_CREATOR.email }, { take: 1 })
  const member = existing ?? (await creators.createCreatorMembers({ email: DEMO_CREATOR.email, name: "Demo creator" }))
  const [membership] = await creators.listCreatorMemberships({ creator_id: shopId, member_id: member.id }, { take: 1 })
  if (!membership) await creators.createCreatorMemberships({ creator_id: shopId, member_id: member.id, role: "owner" })

  const auth: IAuthModuleService = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: DEMO_CREATOR.email, provider: "emailpass" })
  const result = identity
    ? await auth.updateProvider("emailpass", { entity_id: DEMO_CREATOR.email, password })
    : await auth.register("emailpass", { body: { email: DEMO_CREATOR.email, password } })
  if (!result.success || !result.authIdentity) throw new Error(`demo creator: ${result.error ?? "no auth identity"}`)
  const { app_metadata } = await auth.retrieveAuthIdentity(result.authIdentity.id)
  if (app_metadata?.creator_id !== member.id)
    await auth.updateAuthIdentities({ id: result.authIdentity.id, app_metadata: { ...app_metadata, creator_id: member.id } })
  log(`demo creator: ${DEMO_CREATOR.email} owns ${DEMO_CREATOR.shop}`)
}
