import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bookingsOptions } from "../../../../../lib/options"
import { newFeedToken } from "../../../../../lib/tokens"
import { setResourceFeedWorkflow } from "../../../../../workflows/manage-resources"

/** A new private calendar feed URL for this resource; any earlier URL stops working. Shown once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { token, hash } = newFeedToken()
  await setResourceFeedWorkflow(req.scope).run({ input: { id: req.params.id, feed_token_hash: hash } })
  res.json({ feed_url: `${bookingsOptions(req.scope).backend_url}/bookings/feeds/${token}.ics` })
}

/** Revokes the feed: its URL answers 404 from now on. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setResourceFeedWorkflow(req.scope).run({ input: { id: req.params.id, feed_token_hash: null } })
  res.json({ id: req.params.id, object: "bookable_resource_feed", deleted: true })
}
