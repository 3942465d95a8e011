import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import type { FieldErrors, Values } from "./forms"
import { exceptionBackendErrors, parseException, parseResource, resourceBackendErrors } from "./resource-form"
import type { StudioResource } from "./types"

/** A booking or live hold that falls in time a member just closed: it stays booked (docs/decisions/024). */
export type ClosedBooking = { id: string; status: "held" | "confirmed"; start_local: string; order_id: string | null }

export type ResourceResult = {
  intent?: string
  values?: Values
  errors?: FieldErrors
  done?: string
  feed_url?: string
  /** after closing time: the day closed and what stays booked in it */
  closed?: { date: string; bookings: ClosedBooking[] }
}

/** Every member of the shop may manage its resources: the creator API asks only for membership (as for listings). */
export async function loadResource(studio: Studio, id: string) {
  if (!/^bkres_\w+$/.test(id)) throw new Response("Not found", { status: 404 })
  try {
    const { resource } = await asMember<{ resource: StudioResource }>(studio, `/creator/resources/${id}`)
    const { feed_token_hash, ...rest } = resource
    return { ...rest, feed: Boolean(feed_token_hash) }
  } catch (error) {
    if (error instanceof CreatorApiError && error.status === 404) throw new Response("Not found", { status: 404 })
    throw error
  }
}

/** A refusal the member can fix (4xx), else rethrown. */
function refused(error: unknown): CreatorApiError {
  if (error instanceof CreatorApiError && error.status < 500) return error
  throw error
}

/** Creates (no id) or updates a resource from the settings form; the new id, or the form's errors. */
export async function saveResource(studio: Studio, values: Values, id?: string): Promise<{ id: string } | ResourceResult> {
  const parsed = parseResource(values)
  if (!parsed.ok) return { intent: "save", values, errors: parsed.errors }
  try {
    const { resource } = await asMember<{ resource: { id: string } }>(studio, id ? `/creator/resources/${id}` : "/creator/resources", {
      method: "POST",
      body: parsed.body,
    })
    return { id: resource.id }
  } catch (error) {
    return { intent: "save", values, errors: resourceBackendErrors(refused(error).message, parsed.body.opening_hours) }
  }
}

/** The edit page's other forms: exceptions, the calendar feed, deleting the resource. */
export async function resourceAction(studio: Studio, id: string, intent: string, values: Values): Promise<ResourceResult> {
  const path = `/creator/resources/${id}`
  if (intent === "add-exception") {
    const parsed = parseException(values)
    if (!parsed.ok) return { intent, values, errors: parsed.errors }
    try {
      const { bookings_on_day } = await asMember<{ bookings_on_day?: ClosedBooking[] }>(studio, `${path}/exceptions`, {
        method: "POST",
        body: parsed.body,
      })
      const bookings = (bookings_on_day ?? []).map(({ id, status, start_local, order_id }) => ({ id, status, start_local, order_id }))
      return {
        intent,
        done: "studio.resources.exceptionAdded",
        ...(bookings.length ? { closed: { date: parsed.body.date, bookings } } : {}),
      }
    } catch (error) {
      return { intent, values, errors: exceptionBackendErrors(refused(error).message) }
    }
  }
  if (intent === "remove-exception") {
    const exception = values.exception_id ?? ""
    if (!/^bkexc_\w+$/.test(exception)) throw new Response("Not found", { status: 404 })
    await asMember(studio, `${path}/exceptions/${exception}`, { method: "DELETE" })
    return { intent, done: "studio.removed" }
  }
  if (intent === "feed") {
    const { feed_url } = await asMember<{ feed_url: string }>(studio, `${path}/feed`, { method: "POST", body: {} })
    return { intent, feed_url }
  }
  if (intent === "revoke-feed") {
    await asMember(studio, `${path}/feed`, { method: "DELETE" })
    return { intent, done: "studio.resources.feedRevoked" }
  }
  throw new Response("Unknown action", { status: 400 })
}

/** Deletes the resource; refused (409/400) while it has bookings to come. */
export async function deleteResource(studio: Studio, id: string): Promise<boolean> {
  try {
    await asMember(studio, `/creator/resources/${id}`, { method: "DELETE" })
    return true
  } catch (error) {
    refused(error)
    return false
  }
}
