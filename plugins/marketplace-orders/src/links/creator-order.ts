import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CreatorModule from "@creative-market/creator-shops/modules/creator"

/** Each split order is one creator's; a creator has many orders. */
export default defineLink(
  { linkable: CreatorModule.linkable.creator, isList: false },
  { linkable: OrderModule.linkable.order, isList: true },
)
