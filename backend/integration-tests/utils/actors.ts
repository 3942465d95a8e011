import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

export type Headers = { headers: Record<string, string> }

export const bearer = (token: string, extra: Record<string, string> = {}): Headers => ({
  headers: { authorization: `Bearer ${token}`, ...extra },
})

/** An operator account (Medusa `user`) and its bearer headers. */
export async function operator(api: AxiosInstance, container: MedusaContainer, email = "operator@creative-market.az"): Promise<Headers> {
  const password = "shirvan-carpet-ledger-1923"
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as any)
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return bearer(data.token)
}

/** A storefront customer with an account (registered, created, signed in): their headers in the store. */
export async function customerAccount(api: AxiosInstance, store: Headers, email: string, password = "silk-road-kelagayi-2026") {
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${registration.token}` } })
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers, authorization: `Bearer ${login.token}` } } satisfies Headers
}

/** Registers a creator identity; returns its registration token (no member yet). */
export async function registerCreator(api: AxiosInstance, email: string, password = "quince-kettle-ribbon-1899"): Promise<string> {
  const { data } = await api.post("/auth/creator/emailpass/register", { email, password })
  return data.token
}

/** Signs a creator identity in; the token carries the member id once they have one. */
export async function loginCreator(api: AxiosInstance, email: string, password = "quince-kettle-ribbon-1899"): Promise<string> {
  const { data } = await api.post("/auth/creator/emailpass", { email, password })
  return data.token
}

export type ShopInput = {
  handle: string
  name?: string
  programme?: string
  legal_type?: string
  tax_id?: string
  email?: string
  bio?: string
  bio_translations?: Record<string, string>
}

/** Registers, signs up a shop and signs in again: the owner's headers and the shop. */
export async function signUpShop(api: AxiosInstance, email: string, shop: ShopInput) {
  const registration = await registerCreator(api, email)
  const { data } = await api.post(
    "/creator/signup",
    { member: { name: "Owner" }, shop: { name: shop.handle, programme: "crafts", legal_type: "individual", email, ...shop } },
    bearer(registration),
  )
  const token = await loginCreator(api, email)
  return { creator: data.creator, member: data.member, headers: bearer(token), token }
}

/** A signed-up shop: its creator, the owner as member, and the owner's headers. */
export type Shop = Awaited<ReturnType<typeof signUpShop>>

/** A shop the operator has approved: it can publish and sell. */
export async function approvedShop(api: AxiosInstance, admin: Headers, email: string, shop: ShopInput) {
  const signedUp = await signUpShop(api, email, shop)
  await api.post(`/admin/creators/${signedUp.creator.id}/approve`, {}, admin)
  return signedUp
}

/** The shops the specs sell from, each ready to publish once approved. */
const DEMO_SHOPS = {
  carpets: { email: "carpets@example.az", shop: { handle: "guba-carpets", name: "Guba Carpets" } },
  sounds: { email: "sounds@example.az", shop: { handle: "mugham-sounds", name: "Mugham Sounds", programme: "music" } },
  lessons: { email: "lessons@example.az", shop: { handle: "tar-lessons", name: "Tar Lessons", programme: "music" } },
  type: { email: "type@example.az", shop: { handle: "narin-type", name: "Narin Type", programme: "cultech" } },
} satisfies Record<string, { email: string; shop: ShopInput }>

/** Approves the named demo shops, one after another (sign-up order is what the spec reads). */
export async function approvedShops<Name extends keyof typeof DEMO_SHOPS>(api: AxiosInstance, admin: Headers, names: Name[]) {
  const shops = {} as Record<Name, Shop>
  for (const name of names) shops[name] = await approvedShop(api, admin, DEMO_SHOPS[name].email, DEMO_SHOPS[name].shop)
  return shops
}
