import type { MedusaContainer } from "@medusajs/framework/types"
import { proposeCreatorPayoutsWorkflow } from "../workflows/creator-payouts"

/** Every morning, a payout proposal for each available balance, for operators to review. */
export default async function proposePayoutsJob(container: MedusaContainer) {
  await proposeCreatorPayoutsWorkflow(container).run({ input: {} })
}

export const config = { name: "propose-creator-payouts", schedule: "0 6 * * *" }
