import { decideListingRoute } from "../../decide"

export const POST = decideListingRoute("approve")
