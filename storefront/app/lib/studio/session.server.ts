import { createCookieSessionStorage } from "react-router"
import { env } from "~/env.server"

/** The studio's own HttpOnly session: the creator's backend token and the shop they act for. Separate from the buyer's session. */
export type StudioSessionData = { token?: string; shop_id?: string }

export const studioSessions = createCookieSessionStorage<StudioSessionData>({
  cookie: {
    name: "cm_studio",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.COOKIE_SECURE === "true",
    secrets: [env.SESSION_SECRET],
    maxAge: 60 * 60 * 24 * 7,
  },
})
