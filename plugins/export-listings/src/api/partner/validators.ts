import { z } from "@medusajs/framework/zod"

export const PartnerItemsQuery = z
  .object({
    updated_since: z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-12-01T00:00:00Z" }).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict()
export type PartnerItemsQueryType = z.infer<typeof PartnerItemsQuery>

/** PostgreSQL's text form of a timestamptz, e.g. 2026-12-06 08:28:18.593593+00 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/

/** Opaque keyset cursor: the last item's (changed_at, id). */
export function encodeCursor(changedKey: string, itemId: string): string {
  return Buffer.from(JSON.stringify([changedKey, itemId])).toString("base64url")
}

export function decodeCursor(cursor: string): { changed_key: string; item_id: string } | null {
  try {
    const [changedKey, itemId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (typeof changedKey !== "string" || typeof itemId !== "string" || !TIMESTAMP.test(changedKey)) return null
    return { changed_key: changedKey, item_id: itemId }
  } catch {
    return null
  }
}
