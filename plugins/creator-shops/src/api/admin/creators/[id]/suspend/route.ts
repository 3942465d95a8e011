import { decideCreatorRoute } from "../../decide"

export const POST = decideCreatorRoute("suspend")
