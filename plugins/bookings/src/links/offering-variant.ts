import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BookingModule from "../modules/booking"

/** How a product variant is booked (read-only: the booking config keeps variant_id). */
export default defineLink(
  { linkable: BookingModule.linkable.bookableVariant, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true },
)
