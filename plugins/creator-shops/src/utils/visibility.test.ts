import { describe, expect, it } from "vitest"
import { effectiveStatus, inLanes, reversed, statusBatches, statusChanges } from "./visibility"

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

  it("runs batches a few at a time, never more at once than it has lanes", async () => {
    let running = 0
    let most = 0
    const { applied, failure } = await inLanes([1, 2, 3, 4, 5], 2, async () => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
    })
    expect(failure).toBeUndefined()
    expect(applied.sort()).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })

  it("after a failed batch starts no other and waits for those running, so what it applied is known", async () => {
    const started: number[] = []
    let running = 0
    const { applied, failure } = await inLanes([1, 2, 3, 4, 5, 6], 3, async (batch) => {
      started.push(batch)
      running++
      await new Promise((resolve) => setTimeout(resolve, batch === 2 ? 1 : 10))
      running--
      if (batch === 2) throw new Error("batch 2 failed")
    })
    expect((failure?.error as Error).message).toBe("batch 2 failed")
    expect(running).toBe(0)
    expect(started.sort()).toEqual([1, 2, 3])
    expect(applied.sort()).toEqual([1, 3])
  })
})
