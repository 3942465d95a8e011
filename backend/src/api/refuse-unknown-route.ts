import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Express 4's router internals, read only: https://github.com/expressjs/express/blob/4.x/lib/router/layer.js */
type RouteLayer = {
  match(path: string): boolean
  route?: { path: unknown; methods: Record<string, boolean>; _handles_method(method: string): boolean }
}

/** The API namespaces (Medusa's and our plugins'); the admin dashboard (/app) and /health keep their own answers. */
const API_PATH = /^\/(admin|store|creator|partner|feeds|downloads|bookings)(\/|$)/

let handlers: RouteLayer[] | undefined

/**
 * The layers that answer a request: route files and method-bound middlewares on exact paths.
 * A wildcard middleware (`/store/*` GET) matches every path and answers none, so it is left out.
 * In production read once, at the first request, when Medusa has registered every route; under
 * `medusa develop` read every time, since a route added while developing is registered later.
 */
function routeLayers(req: MedusaRequest): RouteLayer[] {
  if (handlers) return handlers
  const stack: RouteLayer[] = (req.app as any)._router?.stack ?? []
  const layers = stack.filter((layer) => typeof layer.route?.path === "string" && !layer.route.path.includes("*"))
  if (process.env.NODE_ENV === "production") handlers = layers
  return layers
}

/**
 * Express answers a method or address no route has with its HTML "Cannot GET" page; an API
 * client gets JSON instead: 405 with `Allow` when the address exists for other methods, else 404.
 * docs/decisions/059-unknown-routes-answer-json.md
 */
export function refuseUnknownRoute(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]
  if (!API_PATH.test(path) || req.method === "OPTIONS") return next()
  const layers = routeLayers(req)
  if (!layers.length) return next() // not Express 4's router: leave every answer to Express
  let matching: RouteLayer[]
  try {
    // the method first: a property lookup, so a request that has its route tests few paths
    if (layers.some((layer) => layer.route!._handles_method(req.method) && layer.match(path))) return next()
    matching = layers.filter((layer) => layer.match(path))
  } catch {
    return next() // a malformed %-escape: Express's own matching throws it again, and answerErrors names it
  }
  if (!matching.length) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `There is no ${req.method} ${path} in this API: check the address.`))
  }
  const allowed = [...new Set(matching.flatMap((layer) => Object.keys(layer.route!.methods)))]
    .filter((method) => method !== "_all")
    .map((method) => method.toUpperCase())
  res.setHeader("Allow", allowed.join(", "))
  res.status(405).json({
    type: "not_allowed",
    message: `${req.method} is not supported on ${path}; it takes ${allowed.join(", ")}.`,
  })
}
