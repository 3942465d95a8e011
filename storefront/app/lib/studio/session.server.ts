import { createCookieSessionStorage } from "react-router"
import { sessionCookie } from "~/lib/session.server"

/** The studio's own HttpOnly session: the creator's backend token and the shop they act for. Separate from the buyer's session. */
export type StudioSessionData = { token?: string; shop_id?: string }

export const studioSessions = createCookieSessionStorage<StudioSessionData>({ cookie: sessionCookie("cm_studio", 7) })
