import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseExpiredHoldsWorkflow } from "../workflows/release-expired-holds"

export default async function releaseExpiredHolds(container: MedusaContainer) {
  const { result } = await releaseExpiredHoldsWorkflow(container).run({ input: { now: new Date() } })
  if (result.released.length || result.confirmed.length) {
    container
      .resolve("logger")
      .info(`bookings: released ${result.released.length} expired holds, confirmed ${result.confirmed.length} paid ones`)
  }
}

export const config = { name: "release-expired-booking-holds", schedule: "* * * * *" }
