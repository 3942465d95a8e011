import { describe, expect, it } from "vitest"
import { effectiveStatus, reversed, statusBatches, statusChanges } from "./visibility"

const row = (creator: string, moderation: string, published = true, status = "draft") => ({
  id: "p1",
  status,
  creator: { status: creator },
  listing: { published, moderation_status: moderation },
})

describe("listing visibility", () => {
  it("publishes a published listing of an approved shop", () => {
    expect(effectiveStatus(row("approved", "approved"))).toBe("published")
  })

  it("keeps drafts, and every listing of a pending, rejected or suspended shop, out of the store", () => {
    expect(effectiveStatus(row("approved", "approved", false))).toBe("draft")
    for (const status of ["pending", "rejected", "suspended"]) expect(effectiveStatus(row(status, "approved"))).toBe("draft")
  })

  it("shows moderation in the status", () => {
    expect(effectiveStatus(row("approved", "pending"))).toBe("proposed")
    expect(effectiveStatus(row("approved", "rejected"))).toBe("rejected")
  })

  it("changes only what differs, and leaves products without a shop alone", () => {
    expect(statusChanges([row("approved", "approved", true, "published")])).toEqual([])
    expect(statusChanges([row("suspended", "approved", true, "published")])).toEqual([{ id: "p1", status: "draft", previous: "published" }])
    expect(statusChanges([{ id: "p2", status: "published" }])).toEqual([])
  })

  it("updates in batches of one target status, each product once, and undoes each change", () => {
    const changes = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, status: i % 2 ? "draft" : "published", previous: "proposed" }))
    const batches = statusBatches(changes, 2)
    expect(batches.map((batch) => batch.map(({ id }) => id))).toEqual([["p0", "p2"], ["p4"], ["p1", "p3"]])
    expect(batches.every((batch) => batch.every(({ status }) => status === batch[0].status))).toBe(true)
    expect(statusBatches([], 2)).toEqual([])
    expect(reversed(changes.slice(0, 1))).toEqual([{ id: "p0", status: "proposed", previous: "published" }])
  })
})
