import { z } from "zod"
import { authPost, BackendError, store } from "./medusa.server"
import { retryMinutes } from "./retry-wait"
import type { Locale } from "./i18n"
import type { Shop } from "./shop.server"

export const Credentials = z.object({ email: z.email().max(200), password: z.string().min(8).max(200) })
export const Registration = Credentials.extend({
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
})

export type AuthFailure = "auth.invalid" | "auth.exists" | "auth.tooMany" | "auth.passwordHelp"
/** Why sign-in or registration was refused; `retryMinutes` for "auth.tooMany", from the backend's Retry-After. */
export type AuthRefusal = { error: AuthFailure; retryMinutes?: number | null }

/** The backend refused a new password for its policy (too short, too simple, common, the e-mail). */
const weakPassword = (error: unknown) => error instanceof BackendError && error.status === 400 && /^password\b/i.test(error.message)

function failure(error: unknown, fallback: AuthFailure): AuthRefusal {
  if (error instanceof BackendError && error.status === 429) return { error: "auth.tooMany", retryMinutes: retryMinutes(error.retryAfter) }
  if (weakPassword(error)) return { error: "auth.passwordHelp" }
  if (error instanceof BackendError && error.status < 500) return { error: fallback }
  throw error
}

/** Signs the visitor in: the customer's token goes into the HttpOnly session; an open cart becomes theirs. */
export async function logIn(shop: Shop, email: string, password: string): Promise<AuthRefusal | null> {
  let token: string
  try {
    token = (await authPost<{ token: string }>("/auth/customer/emailpass", { email, password })).token
  } catch (error) {
    return failure(error, "auth.invalid")
  }
  shop.session.set("token", token)
  const cartId = shop.session.get("cart_id")
  if (cartId) await store(`/store/carts/${cartId}/customer`, { method: "POST", token }).catch(() => shop.session.unset("cart_id"))
  return null
}

export async function register(shop: Shop, input: z.infer<typeof Registration>): Promise<AuthRefusal | null> {
  try {
    const { token } = await authPost<{ token: string }>("/auth/customer/emailpass/register", {
      email: input.email,
      password: input.password,
    })
    await store("/store/customers", {
      method: "POST",
      token,
      body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
    })
  } catch (error) {
    return failure(error, "auth.exists")
  }
  return logIn(shop, input.email, input.password)
}

/** Asks the backend to e-mail a reset link; the answer never says whether the account exists. */
/** Asks the backend to e-mail a reset link; `locale` is the language of the e-mail and of the page it links to. */
export async function requestReset(email: string, locale: Locale) {
  await store("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: email, metadata: { locale } } }).catch(
    (error) => {
      if (!(error instanceof BackendError)) throw error
    },
  )
}

/** Sets the new password: `weak` when the policy refused it (the link still works), `invalid` for a bad or used link. */
export async function resetPassword(token: string, email: string, password: string): Promise<"done" | "weak" | "invalid"> {
  try {
    await store("/auth/customer/emailpass/update", { method: "POST", body: { email, password }, token })
    return "done"
  } catch (error) {
    if (weakPassword(error)) return "weak"
    if (error instanceof BackendError && error.status < 500) return "invalid"
    throw error
  }
}

export function safeRedirect(target: FormDataEntryValue | string | null, locale: string) {
  const value = typeof target === "string" ? target : ""
  return value.startsWith(`/${locale}/`) && !value.startsWith("//") ? value : `/${locale}/account`
}
