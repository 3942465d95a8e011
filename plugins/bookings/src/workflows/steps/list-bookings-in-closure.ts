import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { closedPeriods, inZone } from "../../lib/slots"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import type { AddResourceExceptionInput } from "./add-resource-exception"

export type BookingInClosure = {
  id: string
  status: "held" | "confirmed"
  starts_at: Date
  ends_at: Date
  start_local: string
  session_id: string | null
  variant_id: string
  order_id: string | null
}

/**
 * The bookings (and live holds) of a resource that a new `closed` exception falls on. Closing
 * stops new sales only: these stay booked, so the creator is told which to cancel or move with
 * their buyers (docs/decisions/024).
 */
export const listBookingsInClosureStep = createStep("list-bookings-in-closure", async (input: AddResourceExceptionInput, { container }) => {
  if (input.kind !== "closed") return new StepResponse([] as BookingInClosure[])
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const resource = await bookings.retrieveBookableResource(input.resource_id)
  const schedule = { timezone: resource.timezone, exceptions: [{ ...input, kind: "closed" as const }] }
  // the closed period of this one exception: its whole local day, or its block
  const [period] = closedPeriods(
    schedule as never,
    Date.parse(`${input.date}T00:00:00Z`) - 86_400_000,
    Date.parse(`${input.date}T00:00:00Z`) + 2 * 86_400_000,
  )
  if (!period) return new StepResponse([] as BookingInClosure[])
  const rows = await bookings.listBookings(
    {
      resource_id: input.resource_id,
      status: ["held", "confirmed"],
      starts_at: { $lt: new Date(period.end) },
      ends_at: { $gt: new Date(period.start) },
    },
    { order: { starts_at: "ASC" }, take: 500 },
  )
  const now = Date.now()
  const found = rows
    .filter((b) => b.status === "confirmed" || (b.expires_at && +new Date(b.expires_at) > now))
    .map((b) => ({
      id: b.id,
      status: b.status as BookingInClosure["status"],
      starts_at: b.starts_at,
      ends_at: b.ends_at,
      start_local: inZone(+new Date(b.starts_at), resource.timezone),
      session_id: b.session_id,
      variant_id: b.variant_id,
      order_id: b.order_id,
    }))
  return new StepResponse(found)
})
