import { createHash } from "node:crypto"
import type { SqlClient } from "./catalogue-sql"

/** A row of the change feed to write: `payload` is the item's JSON text, as in the snapshot's line. */
export type FeedItemChange = { item_id: string; hash: string; payload: string }

/**
 * The JSON change feed's side of a build (ADR 039): the builder starts from the hashes of what the
 * partner has (its live rows), and only items that are new or whose payload changed become rows to
 * write; items the build never met are left over, to become tombstones when the snapshot is
 * published. An unchanged catalogue writes nothing.
 */
export class ChangeFeedDiff {
  private constructor(private readonly known: Map<string, string>) {}

  static async load(client: SqlClient, partnerId: string): Promise<ChangeFeedDiff> {
    const { rows } = await client.query(
      "SELECT item_id, hash FROM export_feed_item WHERE partner_id = $1 AND deleted = false AND deleted_at IS NULL",
      [partnerId],
    )
    return new ChangeFeedDiff(new Map(rows.map((row: { item_id: string; hash: string }) => [row.item_id, row.hash])))
  }

  /**
   * The item's row when the partner does not have this exact payload yet, otherwise null. `line` is
   * the item's line of the JSON Lines snapshot (the hash is of its JSON, as it always was).
   */
  change(itemId: string, line: string): FeedItemChange | null {
    const payload = line.endsWith("\n") ? line.slice(0, -1) : line
    const hash = createHash("sha1").update(payload).digest("hex")
    const had = this.known.get(itemId)
    this.known.delete(itemId)
    return had === hash ? null : { item_id: itemId, hash, payload }
  }

  /** The partner's live items this build did not produce. */
  unseen(): string[] {
    return [...this.known.keys()]
  }
}
