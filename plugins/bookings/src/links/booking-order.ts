import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BookingModule from "../modules/booking"

/** A confirmed booking belongs to the order that paid for it (read-only: the booking keeps order_id). */
export default defineLink({ linkable: BookingModule.linkable.booking, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
