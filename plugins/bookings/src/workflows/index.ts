export { holdBookingSlotWorkflow } from "./hold-booking-slot"
export { releaseExpiredHoldsWorkflow } from "./release-expired-holds"
export { confirmBookingsStep, type ConfirmBookingsInput } from "./steps/confirm-bookings"
export { validateBookingHoldsStep } from "./steps/validate-booking-holds"
