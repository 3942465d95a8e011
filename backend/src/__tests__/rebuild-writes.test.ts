import { describe, expect, it } from "vitest"
import { noteWritten, rebuildKeepingWrites } from "../search/_rebuild-writes"

describe("writes made while an index is rebuilt", () => {
  it("are written again once the rebuild is done, and only those", async () => {
    const rewritten: string[][] = []
    noteWritten("product", ["prod_before"])
    const result = await rebuildKeepingWrites(
      "product",
      async () => {
        noteWritten("product", ["prod_a", "prod_b"])
        noteWritten("product_baseline", ["prod_other_index"])
        await new Promise((resolve) => setTimeout(resolve, 5))
        noteWritten("product", ["prod_a"])
        return "swapped"
      },
      async (ids) => void rewritten.push(ids),
    )
    noteWritten("product", ["prod_after"])
    expect(result).toBe("swapped")
    expect(rewritten).toEqual([["prod_a", "prod_b"]])
  })

  it("are written again when the rebuild fails too, and the failure is the caller's", async () => {
    const rewritten: string[][] = []
    const rebuild = rebuildKeepingWrites(
      "product",
      async () => {
        noteWritten("product", ["prod_a"])
        throw new Error("the provider went away")
      },
      async (ids) => void rewritten.push(ids),
    )
    await expect(rebuild).rejects.toThrow("the provider went away")
    expect(rewritten).toEqual([["prod_a"]])
  })

  it("rewrite nothing when nothing was written meanwhile", async () => {
    let calls = 0
    await rebuildKeepingWrites(
      "product",
      async () => "done",
      async () => void calls++,
    )
    expect(calls).toBe(0)
  })
})
