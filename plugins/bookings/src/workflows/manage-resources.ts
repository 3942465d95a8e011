import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addBookingSessionStep, type AddBookingSessionInput } from "./steps/add-booking-session"
import { addResourceExceptionStep, type AddResourceExceptionInput } from "./steps/add-resource-exception"
import { createResourceStep, type CreateResourceInput } from "./steps/create-resource"
import { deleteResourceStep } from "./steps/delete-resource"
import { listBookingsInClosureStep } from "./steps/list-bookings-in-closure"
import { removeResourceExceptionStep } from "./steps/remove-resource-exception"
import { setResourceFeedStep } from "./steps/set-resource-feed"
import { updateResourceStep, type UpdateResourceInput } from "./steps/update-resource"
import { upsertBookableVariantStep, type UpsertBookableVariantInput } from "./steps/upsert-bookable-variant"
import { validateBookingSessionStep } from "./steps/validate-booking-session"
import { validateResourceUnbookedStep } from "./steps/validate-resource-unbooked"
import { validateVariantOwnedStep } from "./steps/validate-variant-owned"
import { transform } from "@medusajs/framework/workflows-sdk"

/** A shop's resources and their schedules: one small workflow per change the studio makes. */
export const createResourceWorkflow = createWorkflow("create-resource", (input: CreateResourceInput) => {
  return new WorkflowResponse(createResourceStep(input))
})

export const updateResourceWorkflow = createWorkflow("update-resource", (input: UpdateResourceInput) => {
  return new WorkflowResponse(updateResourceStep(input))
})

export const deleteResourceWorkflow = createWorkflow("delete-resource", (input: { id: string }) => {
  validateResourceUnbookedStep({ id: input.id })
  return new WorkflowResponse(deleteResourceStep({ id: input.id }))
})

/** Adds an exception; a `closed` one also answers with the bookings it falls on, which stay booked. */
export const addResourceExceptionWorkflow = createWorkflow("add-resource-exception", (input: AddResourceExceptionInput) => {
  const exception = addResourceExceptionStep(input)
  const bookings_on_day = listBookingsInClosureStep(input)
  return new WorkflowResponse({ exception, bookings_on_day })
})

export const removeResourceExceptionWorkflow = createWorkflow(
  "remove-resource-exception",
  (input: { resource_id: string; exception_id: string }) => {
    return new WorkflowResponse(removeResourceExceptionStep(input))
  },
)

export const setBookableVariantWorkflow = createWorkflow(
  "set-bookable-variant",
  (input: Omit<UpsertBookableVariantInput, "product_id">) => {
    const owned = validateVariantOwnedStep({ variant_id: input.variant_id, creator_id: input.creator_id })
    const data = transform({ input, owned }, ({ input, owned }) => ({ ...input, product_id: owned.product_id }))
    return new WorkflowResponse(upsertBookableVariantStep(data))
  },
)

export const addBookingSessionWorkflow = createWorkflow("add-booking-session", (input: AddBookingSessionInput) => {
  validateBookingSessionStep(input)
  return new WorkflowResponse(addBookingSessionStep(input))
})

export const setResourceFeedWorkflow = createWorkflow("set-resource-feed", (input: { id: string; feed_token_hash: string | null }) => {
  return new WorkflowResponse(setResourceFeedStep(input))
})
