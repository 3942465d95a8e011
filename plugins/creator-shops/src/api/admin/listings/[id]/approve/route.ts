import { decideListingRoute } from "../../../../utils/decide"

export const POST = decideListingRoute("approve")
