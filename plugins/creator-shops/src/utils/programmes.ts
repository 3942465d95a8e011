/** The programmes a creator joins, for plugins that name one (a commission rule's scope). */
export { PROGRAMMES } from "../modules/creator/types"
