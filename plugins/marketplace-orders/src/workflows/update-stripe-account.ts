import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type StripeAccountState, updateStripeAccountStep } from "./steps/update-stripe-account"

/** Applies Stripe's `account.updated` to the shop holding that Connect account (docs/decisions/027). */
export const updateStripeAccountWorkflow = createWorkflow("update-stripe-account", (input: StripeAccountState) => {
  return new WorkflowResponse(updateStripeAccountStep(input))
})
