import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceOrderModule from "../modules/marketplace-order"

/** An order group holds one order per creator; an order belongs to at most one group. */
export default defineLink(
  { linkable: MarketplaceOrderModule.linkable.orderGroup, isList: false },
  { linkable: OrderModule.linkable.order, isList: true },
)
