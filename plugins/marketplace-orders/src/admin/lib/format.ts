type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

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

/** "partially_refunded" → "Partially refunded". */
export const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ")

/** Amounts are in the currency's main unit (Medusa 2 stores 12.5 for 12.50 AZN). */
export const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(amount)

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" })
export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "–")

/** The message of a failed request (the backend's `{ message }`), shown as the API wrote it. */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "Something went wrong. Try again."
