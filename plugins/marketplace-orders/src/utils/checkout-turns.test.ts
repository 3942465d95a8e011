import { afterEach, describe, expect, it, vi } from "vitest"
import { CheckoutTurns } from "./checkout-turns"

/** Takes a turn for each token and records the order in which they got it. */
function queueUp(turns: CheckoutTurns, tokens: string[], served: string[]) {
  return tokens.map((token) => turns.take(token).then(() => served.push(token)))
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe("checkout turns", () => {
  afterEach(() => vi.useRealTimers())

  it("serves one checkout at a time, in the order they asked", async () => {
    const turns = new CheckoutTurns(1)
    const served: string[] = []
    queueUp(turns, ["a", "b", "c"], served)
    await flush()
    expect(served).toEqual(["a"])
    turns.give("a")
    await flush()
    expect(served).toEqual(["a", "b"])
    turns.give("b")
    await flush()
    expect(served).toEqual(["a", "b", "c"])
  })

  it("a paused checkout lends its turn and comes back ahead of those that have not started", async () => {
    const turns = new CheckoutTurns(1)
    const served: string[] = []
    queueUp(turns, ["a", "b", "c"], served)
    await flush()
    turns.pause("a")
    await flush()
    expect(served).toEqual(["a", "b"])
    queueUp(turns, ["a"], served)
    turns.give("b")
    await flush()
    expect(served).toEqual(["a", "b", "a"])
  })

  it("giving back twice, or a turn never taken, serves no one out of turn", async () => {
    const turns = new CheckoutTurns(1)
    const served: string[] = []
    queueUp(turns, ["a", "b", "c"], served)
    await flush()
    turns.give("a")
    turns.give("a")
    turns.give("z")
    await flush()
    expect(served).toEqual(["a", "b"])
  })

  it("a checkout that fails while queued leaves the queue", async () => {
    const turns = new CheckoutTurns(1)
    const served: string[] = []
    queueUp(turns, ["a", "b", "c"], served)
    await flush()
    turns.give("b")
    turns.give("a")
    await flush()
    expect(served).toEqual(["a", "c"])
  })

  it("deferred work waits until no checkout holds, awaits or paused a turn", async () => {
    const turns = new CheckoutTurns(1)
    let settled = false
    queueUp(turns, ["a", "b"], [])
    await flush()
    void turns.settle(60_000).then(() => (settled = true))
    turns.give("a")
    turns.pause("b")
    await flush()
    expect(settled).toBe(false)
    turns.give("b")
    await flush()
    expect(settled).toBe(true)
  })

  it("deferred work is never starved by checkouts that keep coming", async () => {
    vi.useFakeTimers()
    const turns = new CheckoutTurns(1)
    let settled = false
    void turns.take("a")
    void turns.settle(10_000).then(() => (settled = true))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(settled).toBe(true)
  })

  it("a turn held past its lease is taken back and the next checkout served", async () => {
    vi.useFakeTimers()
    const turns = new CheckoutTurns(1, 1_000)
    const served: string[] = []
    queueUp(turns, ["stuck", "b"], served)
    await vi.advanceTimersByTimeAsync(999)
    expect(served).toEqual(["stuck"])
    await vi.advanceTimersByTimeAsync(1)
    expect(served).toEqual(["stuck", "b"])
    turns.give("stuck")
    expect(turns.busy()).toBe(true)
    turns.give("b")
    expect(turns.busy()).toBe(false)
  })
})
