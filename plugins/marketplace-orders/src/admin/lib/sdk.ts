import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard is served by the backend itself (`/app`), so "/" resolves to the page's own
 * origin and the operator's session cookie authenticates every request.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
