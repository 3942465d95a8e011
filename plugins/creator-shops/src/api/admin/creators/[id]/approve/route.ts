import { decideCreatorRoute } from "../../../../utils/decide"

export const POST = decideCreatorRoute("approve")
