import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import CreatorModule from "@creative-market/creator-shops/modules/creator"

/** A shipping option a creator offers for their own physical goods. */
export default defineLink(
  { linkable: CreatorModule.linkable.creator, isList: false },
  { linkable: FulfillmentModule.linkable.shippingOption, isList: true },
)
