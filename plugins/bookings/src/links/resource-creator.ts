import { defineLink } from "@medusajs/framework/utils"
import CreatorModule from "@creative-market/creator-shops/modules/creator"
import BookingModule from "../modules/booking"

/** The shop that owns a resource (read-only: the resource keeps creator_id). */
export default defineLink({ linkable: BookingModule.linkable.bookableResource, field: "creator_id" }, CreatorModule.linkable.creator, {
  readOnly: true,
})
