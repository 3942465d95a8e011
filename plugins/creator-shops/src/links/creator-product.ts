import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CreatorModule from "../modules/creator"

/** Each product belongs to exactly one creator; a creator owns many products. */
export default defineLink(
  { linkable: CreatorModule.linkable.creator, isList: false },
  { linkable: ProductModule.linkable.product, isList: true },
)
