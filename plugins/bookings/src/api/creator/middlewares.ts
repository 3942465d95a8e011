import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { resolveShopContext } from "@creative-market/creator-shops/api/utils/context"
import { NoBody, validateBody } from "@creative-market/creator-shops/api/utils/validate-body"
import { validateQuery } from "../utils/validate"
import { requireOwnedResource } from "./context"
import {
  CreatorAddException,
  CreatorAddSession,
  CreatorCreateResource,
  CreatorListBookings,
  CreatorSetOffering,
  CreatorUpdateResource,
} from "./validators"

/** Signed in as a member, shop resolved (another shop's header answers 404). */
const inShop = [authenticate("creator", ["session", "bearer"]), resolveShopContext]
const ownResource = [...inShop, requireOwnedResource]

export const creatorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/creator/resources", method: ["GET"], middlewares: inShop },
  { matcher: "/creator/resources", method: ["POST"], middlewares: [...inShop, validateBody(CreatorCreateResource)] },
  { matcher: "/creator/resources/:id", method: ["GET", "DELETE"], middlewares: ownResource },
  { matcher: "/creator/resources/:id", method: ["POST"], middlewares: [...ownResource, validateBody(CreatorUpdateResource)] },
  { matcher: "/creator/resources/:id/exceptions", method: ["POST"], middlewares: [...ownResource, validateBody(CreatorAddException)] },
  { matcher: "/creator/resources/:id/exceptions/:exception_id", method: ["DELETE"], middlewares: ownResource },
  { matcher: "/creator/resources/:id/offerings", method: ["POST"], middlewares: [...ownResource, validateBody(CreatorSetOffering)] },
  { matcher: "/creator/resources/:id/sessions", method: ["POST"], middlewares: [...ownResource, validateBody(CreatorAddSession)] },
  { matcher: "/creator/resources/:id/feed", method: ["POST"], middlewares: [...ownResource, validateBody(NoBody)] },
  { matcher: "/creator/resources/:id/feed", method: ["DELETE"], middlewares: ownResource },
  { matcher: "/creator/bookings", method: ["GET"], middlewares: [...inShop, validateQuery(CreatorListBookings)] },
]
