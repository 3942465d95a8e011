import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"
import type { TokenPartner } from "../modules/export-listing/service"
import { logFetch } from "./feeds/serve"
import { pluginOptions } from "./options"
import { countPartnerRequest } from "./partner-rate"
import { hashToken } from "./tokens"

export type PartnerRequest = MedusaRequest & { partner?: TokenPartner }

/** The token of `Authorization: Bearer <token>` or `Basic base64(<partner id>:<token>)`. */
function presentedToken(header: string | undefined): { token: string; user?: string } | null {
  if (!header) return null
  const [scheme, value] = header.split(" ", 2)
  if (/^bearer$/i.test(scheme) && value) return { token: value.trim() }
  if (/^basic$/i.test(scheme) && value) {
    const decoded = Buffer.from(value, "base64").toString("utf8")
    const colon = decoded.indexOf(":")
    if (colon > 0) return { user: decoded.slice(0, colon), token: decoded.slice(colon + 1) }
  }
  return null
}

const unauthorized = () =>
  new MedusaError(
    MedusaError.Types.UNAUTHORIZED,
    "Send this partner's token: Authorization: Bearer <token>, or Basic <partner id>:<token>.",
  )

/**
 * Authenticates a partner by token: unknown, revoked, expired or another partner's token (for a
 * `:partner_id` route) answer 401 before anything of the catalogue is read.
 */
export async function authenticatePartner(req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const presented = presentedToken(req.headers.authorization)
  res.setHeader("WWW-Authenticate", 'Bearer realm="partner feeds", Basic realm="partner feeds"')
  if (!presented) throw unauthorized()
  const service: ExportListingModuleService = req.scope.resolve(EXPORT_LISTING_MODULE)
  const partner = await service.partnerByTokenHash(hashToken(presented.token, pluginOptions(req.scope).token_pepper))
  if (!partner || (partner.token_expires_at && new Date(partner.token_expires_at).getTime() <= Date.now()) || !partner.active)
    throw unauthorized()
  if (presented.user !== undefined && presented.user !== partner.id) throw unauthorized()
  if (req.params.partner_id && req.params.partner_id !== partner.id) throw unauthorized()
  req.partner = partner
  res.removeHeader("WWW-Authenticate")
  next()
}

/**
 * At most the partner's `rate_limit_per_minute` requests per minute, counted across every server
 * process when Redis is configured: past it, 429 with Retry-After.
 */
export async function limitPartnerRate(req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const partner = req.partner!
  const { allowed, retry_after } = await countPartnerRequest(partner.id, partner.rate_limit_per_minute, pluginOptions(req.scope).redis_url)
  if (allowed) return next()
  res.setHeader("Retry-After", String(retry_after))
  logFetch(req, 429, 0, false)
  res
    .status(429)
    .json({ type: "rate_limited", message: `At most ${partner.rate_limit_per_minute} requests a minute: retry in ${retry_after} s.` })
}
