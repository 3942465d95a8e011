import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExportListingModule from "../modules/export-listing"

/** A product's export profile, one each; deleting the product deletes its profile. */
export default defineLink(ExportListingModule.linkable.exportProfile, {
  linkable: ProductModule.linkable.product,
  deleteCascade: true,
})
