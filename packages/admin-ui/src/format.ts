import { formatMoney as formatMoneyIn } from "@creative-market/format"

/** Badge colours the UI kit's `StatusBadge` and `Badge` take. */
export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** "partially_refunded" → "Partially refunded"; for enum values without a label of their own. */
export const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ")

/** Amounts are in the currency's main unit (Medusa 2 stores 12.5 for 12.50 AZN); the Admin is in English. */
export const formatMoney = (amount: number, currency: string) => formatMoneyIn(amount, currency, "en")

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" })
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" })

/** A date in the operator's own time zone, "–" for none. */
export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "–")
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : "–")

/** The message of a failed request (the backend's `{ message }`), shown as the API wrote it. */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "Something went wrong. Try again."
