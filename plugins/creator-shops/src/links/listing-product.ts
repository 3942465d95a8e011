import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ListingModule from "../modules/listing"

/** A product's marketplace listing (kind, moderation, kind details), one each. */
export default defineLink(ListingModule.linkable.listing, {
  linkable: ProductModule.linkable.product,
  deleteCascade: true,
})
