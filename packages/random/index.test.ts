import { describe, expect, it } from "vitest"
import { createRandom, hashString } from "./index.js"

describe("the seeded generator", () => {
  it("gives the same sequence for the same seed, so the demo catalogue and the benchmark queries stay the same", () => {
    const a = createRandom(42)
    expect([a.next(), a.next(), a.int(1, 6), a.pick(["x", "y", "z"])]).toEqual([0.6011037519201636, 0.44829055899754167, 6, "z"])
    expect(hashString("guba-carpets")).toBe(3970720165)
    const b = createRandom("guba-carpets")
    expect([b.int(0, 100), b.int(0, 100)]).toEqual([39, 10])
  })

  it("keeps int within its bounds and pick within the list", () => {
    const random = createRandom("bounds")
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5)
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true)
      expect(["a", "b"]).toContain(random.pick(["a", "b"]))
    }
  })
})
