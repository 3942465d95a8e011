// The studio's order rules (no server code): the list's tabs, what needs shipping, and the two
// forms of an order page (mark shipped, confirm a service) over the creator API's own limits.
import { z } from "zod"
import { issues, type FieldErrors, type Values } from "./forms"
import { dayIn, SHOP_TIME_ZONE } from "./sales"
import type { CreatorOrder } from "./types"

/** The list's tabs: Medusa's order statuses a creator deals with ("all" sends no filter). */
export const ORDER_TABS = ["all", "pending", "completed", "canceled"] as const
export type OrderTab = (typeof ORDER_TABS)[number]
export const ORDERS_PER_PAGE = 20

export function orderTab(value: string | null): OrderTab {
  return (ORDER_TABS as readonly string[]).includes(value ?? "") ? (value as OrderTab) : "all"
}

/** An open order with physical lines not all shipped yet: the creator has something to send. */
export function needsShipping(order: CreatorOrder) {
  if (order.status === "canceled" || order.status === "completed" || order.status === "archived") return false
  if (!(order.items ?? []).some((item) => item.requires_shipping)) return false
  return !["shipped", "delivered"].includes(order.fulfillment_status)
}

/** Orders placed on the given instant's day in the shop's calendar (the same days as the sales chart's). */
export function placedOn(orders: CreatorOrder[], day: Date, timeZone = SHOP_TIME_ZONE) {
  const key = dayIn(day, timeZone)
  return orders.filter((order) => dayIn(order.created_at, timeZone) === key)
}

const required = (max: number) => z.string().trim().min(1, "studio.error.required").max(max, "studio.error.tooLong")

export const ShipForm = z.object({ carrier: required(100), tracking_number: required(100) })
export type ShipFormType = z.infer<typeof ShipForm>

export const ConfirmServiceForm = z.object({
  line_item_id: z.string().trim().min(1, "studio.error.choice"),
  service_date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "studio.orders.error.date")
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "studio.orders.error.date",
    ),
  note: z.string().trim().max(2000, "studio.error.tooLong"),
})
export type ConfirmServiceFormType = z.infer<typeof ConfirmServiceForm>

type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }

function parse<T>(schema: z.ZodType<T>, values: Values, keys: string[]): Parsed<T> {
  const result = schema.safeParse(Object.fromEntries(keys.map((key) => [key, values[key] ?? ""])))
  return result.success ? { ok: true, body: result.data } : { ok: false, errors: issues(result.error) }
}

export function parseShip(values: Values) {
  return parse(ShipForm, values, ["carrier", "tracking_number"])
}

/** The confirmation's body for `POST /creator/orders/:id/service-confirmations` (no empty note). */
export function parseConfirmService(values: Values): Parsed<{ line_item_id: string; service_date: string; note?: string }> {
  const parsed = parse(ConfirmServiceForm, values, ["line_item_id", "service_date", "note"])
  if (!parsed.ok) return parsed
  const { note, ...rest } = parsed.body
  return { ok: true, body: note ? { ...rest, note } : rest }
}
