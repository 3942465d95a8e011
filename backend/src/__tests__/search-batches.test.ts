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

describe("a shop's withdrawal in the product index's queue", () => {
  it("runs right after the batch in progress, before the batches queued ahead of it, and in order with other withdrawals", async () => {
    const serially = inOrder()
    const log: string[] = []
    const task =
      (name: string, ms = 1) =>
      async () => {
        log.push(`${name} starts`)
        await later(ms)
        log.push(`${name} ends`)
      }
    await Promise.all([
      serially(task("batch 1", 20)),
      serially(task("batch 2")),
      serially(task("batch 3")),
      serially.first(task("withdraw shop A")),
      serially.first(task("withdraw shop B")),
    ])
    expect(log.filter((line) => line.endsWith("starts"))).toEqual([
      "batch 1 starts",
      "withdraw shop A starts",
      "withdraw shop B starts",
      "batch 2 starts",
      "batch 3 starts",
    ])
    expect(log.indexOf("batch 1 ends")).toBeLessThan(log.indexOf("withdraw shop A starts"))
  })
})

describe("a person's edit in the product index's queue", () => {
  it("goes ahead of bulk pages still waiting, behind withdrawals, and bulk pages keep their own order", async () => {
    const serially = inOrder()
    const started: string[] = []
    const task =
      (name: string, ms = 1) =>
      async () => {
        started.push(name)
        await later(ms)
      }
    await Promise.all([
      serially.bulk(task("shop page 1", 20)),
      serially.bulk(task("shop page 2")),
      serially.bulk(task("shop page 3")),
      serially(task("edit of one product")),
      serially.first(task("withdraw shop A")),
      serially(task("price change")),
    ])
    expect(started).toEqual(["shop page 1", "withdraw shop A", "edit of one product", "price change", "shop page 2", "shop page 3"])
  })
})
