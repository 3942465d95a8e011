import { describe, expect, it } from "vitest"
import { coalescing, inOrder } from "../search/_coalesce"

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("the product index's batches", () => {
  it("run one after another: a slow first batch finishes before the next one starts", async () => {
    const serially = inOrder()
    const log: string[] = []
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} reads`)
      await later(ms)
      log.push(`${name} writes`)
    }
    await Promise.all([serially(task("first", 30)), serially(task("second", 1))])
    expect(log).toEqual(["first reads", "first writes", "second reads", "second writes"])
  })

  it("go on after a failed batch, which fails only its own callers", async () => {
    const serially = inOrder()
    const failed = serially(async () => {
      throw new Error("the database went away")
    })
    const next = serially(async () => "written")
    await expect(failed).rejects.toThrow("the database went away")
    await expect(next).resolves.toBe("written")
  })

  it("gather the keys of calls made together into one run that every caller waits for", async () => {
    const runs: string[][] = []
    let finished = false
    const batch = coalescing(async (keys) => {
      runs.push(keys)
      await later(20)
      finished = true
    }, 5)
    const calls = [batch(["prod_1"]), batch(["prod_2", "prod_1"]), batch(["prod_3"])]
    await calls[1]
    expect(finished).toBe(true)
    await Promise.all(calls)
    expect(runs).toEqual([["prod_1", "prod_2", "prod_3"]])
    await batch(["prod_4"])
    expect(runs).toEqual([["prod_1", "prod_2", "prod_3"], ["prod_4"]])
  })
})
