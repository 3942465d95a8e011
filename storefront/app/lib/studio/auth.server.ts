import { redirect, type Session } from "react-router"
import { CreatorApiError, creatorApi } from "./api.server"
import { studioSessions, type StudioSessionData } from "./session.server"
import type { Me, MyShop } from "./types"
import { returnPath } from "~/lib/return-path.server"
import { retryMinutes } from "~/lib/retry-wait"

export type Studio = { session: Session<StudioSessionData>; token: string; shopId: string; me: Me; shop: MyShop }

export function studioSession(request: Request) {
  return studioSessions.getSession(request.headers.get("Cookie"))
}

export async function commitHeaders(session: Session<StudioSessionData>) {
  return { "Set-Cookie": await studioSessions.commitSession(session) }
}

/** The signed-in member's shops, or null when the token is missing, expired or carries no member yet. */
export async function whoAmI(token: string | undefined): Promise<Me | null> {
  if (!token) return null
  try {
    return await creatorApi<Me>("/creator/me", { token })
  } catch (error) {
    if (error instanceof CreatorApiError && error.status === 401) return null
    throw error
  }
}

/**
 * Every studio page but sign-in and apply: the member, their current shop (the one chosen last,
 * else the first), or a redirect to sign in (or to apply when the account has no shop yet).
 */
export async function requireStudio(request: Request, locale: string): Promise<Studio> {
  const session = await studioSession(request)
  const token = session.get("token")
  const me = await whoAmI(token)
  const back = returnPath(request)
  if (!token || !me) throw redirect(`/${locale}/studio/login?redirectTo=${encodeURIComponent(back)}`)
  const shop = me.shops.find((s) => s.id === session.get("shop_id")) ?? me.shops[0]
  if (!shop) throw redirect(`/${locale}/studio/apply`)
  return { session, token, shopId: shop.id, me, shop }
}

/** Owner-only pages and actions answer 403 to staff. */
export function requireOwner(studio: Studio) {
  if (studio.shop.role !== "owner") throw new Response("Only an owner of the shop can do this.", { status: 403 })
}

/** Calls the creator API as the studio's member, for the current shop. */
export function asMember<T>(studio: Studio, path: string, call: Omit<Parameters<typeof creatorApi>[1] & object, "token" | "shopId"> = {}) {
  return creatorApi<T>(path, { ...call, token: studio.token, shopId: studio.shopId })
}

export type SignInFailure = "studio.auth.invalid" | "studio.auth.exists" | "studio.auth.tooMany"
/** A refused sign-in as a form's state: the message key, and for a lockout the minutes its Retry-After gives. */
export type SignInRefusal = { errors: { form: SignInFailure }; retryMinutes: number | null }

export const refusal = (form: SignInFailure, error?: CreatorApiError): SignInRefusal => ({
  errors: { form },
  retryMinutes: retryMinutes(error?.retryAfter),
})

/** E-mail + password to a creator token, or why not. */
export async function signIn(email: string, password: string): Promise<{ token: string } | SignInRefusal> {
  try {
    return await creatorApi<{ token: string }>("/auth/creator/emailpass", { method: "POST", body: { email, password } })
  } catch (error) {
    if (error instanceof CreatorApiError && error.status === 429) return refusal("studio.auth.tooMany", error)
    if (error instanceof CreatorApiError && error.status < 500) return refusal("studio.auth.invalid")
    throw error
  }
}

/** A new creator identity (no shop yet), or the existing one when the password matches it. */
export async function registerOrSignIn(email: string, password: string): Promise<{ token: string } | SignInRefusal> {
  try {
    return await creatorApi<{ token: string }>("/auth/creator/emailpass/register", { method: "POST", body: { email, password } })
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    if (error.status === 429) return refusal("studio.auth.tooMany", error)
    // an identity with this address exists: it may be this person's, coming back to finish applying
    const signedIn = await signIn(email, password)
    if (!("errors" in signedIn)) return signedIn
    return signedIn.errors.form === "studio.auth.tooMany" ? signedIn : refusal("studio.auth.exists")
  }
}

export function safeStudioRedirect(target: FormDataEntryValue | string | null, locale: string) {
  const value = typeof target === "string" ? target : ""
  return value.startsWith(`/${locale}/studio`) && !value.startsWith("//") ? value : `/${locale}/studio`
}
