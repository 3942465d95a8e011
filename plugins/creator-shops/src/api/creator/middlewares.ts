import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { acceptFiles } from "../../utils/uploads"
import { NoBody, validateBody } from "../utils/validate-body"
import { creatorCors } from "../utils/cors"
import { checkCreatorCredentials } from "../utils/credentials"
import { requireOwnedProduct, requireOwner, requireOwnInvite, requireOwnMember, resolveShopContext } from "../utils/context"
import {
  CreatorCreateProduct,
  CreatorCreateVariant,
  CreatorListProducts,
  CreatorUpdateProduct,
  CreatorUpdateVariant,
} from "./products/validators"
import { CreatorAcceptInvite, CreatorCreateInvite, CreatorSignUp, CreatorUpdateMember, CreatorUpdateShop } from "./validators"

// upload limits (bytes): images are held in memory and also limited in pixels when decoded
// (utils/images); digital files go to disk and are streamed to the File module
const MAX_IMAGE_BYTES = 10 * 1024 * 1024
const MAX_FILE_BYTES = 200 * 1024 * 1024

const signedIn = authenticate("creator", ["session", "bearer"])
const registeredOrSignedIn = authenticate("creator", ["session", "bearer"], { allowUnregistered: true })

/** Routes that act for a shop: signed in, shop resolved (404 for someone else's shop). */
const inShop = [signedIn, resolveShopContext]

export const creatorMiddlewares: MiddlewareRoute[] = [
  // fail closed: every /creator route needs at least a creator identity, even one added without its own entry
  { matcher: "/creator*", middlewares: [creatorCors, registeredOrSignedIn] },
  { matcher: "/auth/creator/emailpass*", method: ["POST"], middlewares: [checkCreatorCredentials] },
  // no shop yet
  { matcher: "/creator/signup", method: ["POST"], middlewares: [registeredOrSignedIn, validateBody(CreatorSignUp)] },
  { matcher: "/creator/invites/accept", method: ["POST"], middlewares: [registeredOrSignedIn, validateBody(CreatorAcceptInvite)] },
  { matcher: "/creator/me", method: ["GET"], middlewares: [registeredOrSignedIn] },

  // the shop itself and its team (owners)
  { matcher: "/creator/shop", method: ["GET"], middlewares: inShop },
  { matcher: "/creator/shop", method: ["POST"], middlewares: [...inShop, requireOwner, validateBody(CreatorUpdateShop)] },
  { matcher: "/creator/members", method: ["GET"], middlewares: inShop },
  {
    matcher: "/creator/members/:id",
    method: ["POST"],
    middlewares: [...inShop, requireOwnMember, requireOwner, validateBody(CreatorUpdateMember)],
  },
  { matcher: "/creator/members/:id", method: ["DELETE"], middlewares: [...inShop, requireOwnMember, requireOwner] },
  { matcher: "/creator/invites", method: ["GET"], middlewares: [...inShop, requireOwner] },
  { matcher: "/creator/invites", method: ["POST"], middlewares: [...inShop, requireOwner, validateBody(CreatorCreateInvite)] },
  { matcher: "/creator/invites/:id", method: ["DELETE"], middlewares: [...inShop, requireOwnInvite, requireOwner] },

  // listings (owners and staff)
  { matcher: "/creator/products", method: ["GET"], middlewares: [...inShop, validateAndTransformQuery(CreatorListProducts, {})] },
  { matcher: "/creator/products", method: ["POST"], middlewares: [...inShop, validateBody(CreatorCreateProduct)] },
  { matcher: "/creator/products/:id", method: ["GET", "DELETE"], middlewares: [...inShop, requireOwnedProduct] },
  { matcher: "/creator/products/:id", method: ["POST"], middlewares: [...inShop, requireOwnedProduct, validateBody(CreatorUpdateProduct)] },
  { matcher: "/creator/products/:id/publish", method: ["POST"], middlewares: [...inShop, requireOwnedProduct, validateBody(NoBody)] },
  { matcher: "/creator/products/:id/unpublish", method: ["POST"], middlewares: [...inShop, requireOwnedProduct, validateBody(NoBody)] },
  {
    matcher: "/creator/products/:id/variants",
    method: ["POST"],
    middlewares: [...inShop, requireOwnedProduct, validateBody(CreatorCreateVariant)],
  },
  {
    matcher: "/creator/products/:id/variants/:variant_id",
    method: ["POST"],
    middlewares: [...inShop, requireOwnedProduct, validateBody(CreatorUpdateVariant)],
  },
  { matcher: "/creator/products/:id/variants/:variant_id", method: ["DELETE"], middlewares: [...inShop, requireOwnedProduct] },
  {
    matcher: "/creator/products/:id/images",
    method: ["POST"],
    bodyParser: false,
    middlewares: [...inShop, requireOwnedProduct, acceptFiles("files", { maxFiles: 5, maxBytes: MAX_IMAGE_BYTES, storage: "memory" })],
  },
  { matcher: "/creator/products/:id/images/:image_id", method: ["DELETE"], middlewares: [...inShop, requireOwnedProduct] },
  { matcher: "/creator/products/:id/files", method: ["GET"], middlewares: [...inShop, requireOwnedProduct] },
  {
    matcher: "/creator/products/:id/files",
    method: ["POST"],
    bodyParser: false,
    middlewares: [...inShop, requireOwnedProduct, acceptFiles("files", { maxFiles: 5, maxBytes: MAX_FILE_BYTES, storage: "disk" })],
  },
  { matcher: "/creator/products/:id/files/:file_id", method: ["DELETE"], middlewares: [...inShop, requireOwnedProduct] },
]
