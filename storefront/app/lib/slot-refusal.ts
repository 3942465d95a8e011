import type { MessageKey } from "~/lib/i18n"

/**
 * The backend refuses a slot hold in English (`start: This time has already passed…`, bookings'
 * `checkSlot`); the product page says it in the visitor's language. Known refusals by their words,
 * anything else a general sentence: never the backend's English on an az or ru page.
 */
const REFUSALS: [RegExp, MessageKey][] = [
  [/already (passed|started)/i, "booking.error.past"],
  [/notice|seats close/i, "booking.error.notice"],
  [/at most \d+ days ahead/i, "booking.error.window"],
  [/not open|closed/i, "booking.error.closed"],
  [/no longer free|is full/i, "booking.taken"],
  [/every \d+ minutes|not a bookable variant|not available/i, "booking.error.unavailable"],
]

export function slotRefusal(message: string): MessageKey {
  return REFUSALS.find(([pattern]) => pattern.test(message))?.[1] ?? "booking.error.generic"
}
