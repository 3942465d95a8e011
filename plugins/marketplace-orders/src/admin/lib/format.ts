import type { BadgeColor } from "@creative-market/admin-ui"

/** Badge colours of payout statuses. */
export const PAYOUT_COLORS: Record<string, BadgeColor> = {
  proposed: "orange",
  approved: "blue",
  paid: "green",
  canceled: "grey",
}

/** Badge colours of a purchase's payment status. */
export const PAYMENT_COLORS: Record<string, BadgeColor> = {
  partially_refunded: "orange",
  refunded: "orange",
  canceled: "grey",
  not_paid: "red",
}
