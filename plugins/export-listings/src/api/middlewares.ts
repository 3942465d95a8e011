import { authenticate, defineMiddlewares, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnedProduct, resolveShopContext } from "@creative-market/creator-shops/api/utils/context"
import { validateBody } from "@creative-market/creator-shops/api/utils/validate-body"
import { acceptFiles } from "@creative-market/creator-shops/utils/uploads"
import { authenticatePartner, limitPartnerRate } from "../lib/partner-auth"
import { CERTIFICATE_FIELD } from "./certificate-handlers"
import { requireProduct } from "./utils"
import { AdminBuildFeed, AdminCreatePartner, AdminRotateToken, AdminUpdatePartner } from "./admin/validators"
import { ExportProfileInput } from "./validators"

/** A signed-in member of the shop that owns product `:id` (another shop's product answers 404). */
const ownProduct = [authenticate("creator", ["session", "bearer"]), resolveShopContext, requireOwnedProduct]

/** One certificate document, on disk until it is streamed to private storage (scans of a few pages). */
const acceptCertificate = acceptFiles(CERTIFICATE_FIELD, { maxFiles: 1, maxBytes: 10 * 1024 * 1024, storage: "disk" })
const CERTIFICATE = "/products/:id/export-profile/certificate"

const creatorRoutes: MiddlewareRoute[] = [
  { matcher: "/creator/products/:id/export-profile", method: ["GET"], middlewares: ownProduct },
  { matcher: "/creator/products/:id/export-profile", method: ["POST"], middlewares: [...ownProduct, validateBody(ExportProfileInput)] },
  { matcher: "/creator/products/:id/readiness", method: ["GET"], middlewares: ownProduct },
  { matcher: `/creator${CERTIFICATE}`, method: ["GET", "DELETE"], middlewares: ownProduct },
  { matcher: `/creator${CERTIFICATE}`, method: ["POST"], bodyParser: false, middlewares: [...ownProduct, acceptCertificate] },
]

const adminRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/products/:id/export-profile", method: ["GET"], middlewares: [requireProduct] },
  { matcher: "/admin/products/:id/export-profile", method: ["POST"], middlewares: [requireProduct, validateBody(ExportProfileInput)] },
  { matcher: `/admin${CERTIFICATE}`, method: ["GET", "DELETE"], middlewares: [requireProduct] },
  { matcher: `/admin${CERTIFICATE}`, method: ["POST"], bodyParser: false, middlewares: [requireProduct, acceptCertificate] },
  { matcher: "/admin/export-partners", method: ["POST"], middlewares: [validateBody(AdminCreatePartner)] },
  { matcher: "/admin/export-partners/:id", method: ["POST"], middlewares: [validateBody(AdminUpdatePartner)] },
  { matcher: "/admin/export-partners/:id/tokens", method: ["POST"], middlewares: [validateBody(AdminRotateToken)] },
  { matcher: "/admin/export-partners/:id/builds", method: ["POST"], middlewares: [validateBody(AdminBuildFeed)] },
]

/** Partners: their token first (401 before any catalogue byte), then their rate limit. */
const partnerRoutes: MiddlewareRoute[] = [
  { matcher: "/feeds/:partner_id/:file", method: ["GET"], middlewares: [authenticatePartner, limitPartnerRate] },
  { matcher: "/partner/v1/items", method: ["GET"], middlewares: [authenticatePartner, limitPartnerRate] },
]

export default defineMiddlewares({ routes: [...creatorRoutes, ...adminRoutes, ...partnerRoutes] })
