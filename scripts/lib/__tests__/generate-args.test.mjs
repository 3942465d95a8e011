import { describe, expect, it } from "vitest"
import { parseArgs } from "../../generate-catalogue.mjs"

describe("the catalogue generator's arguments", () => {
  it("take a count as a flag or a bare number", () => {
    expect(parseArgs(["--count", "5000"])).toEqual({ count: "5000" })
    expect(parseArgs(["--count=5000", "--reindex"])).toEqual({ count: "5000", reindex: true })
    expect(parseArgs(["200", "--writer", "services"])).toEqual({ count: "200", writer: "services" })
  })

  it("refuse what they do not understand, saying how to call them", () => {
    expect(() => parseArgs(["--count", "-3"])).toThrow(/count must be a positive whole number.*usage/)
    expect(() => parseArgs(["--fast"])).toThrow(/Unknown option --fast/)
    expect(() => parseArgs(["--writer", "csv"])).toThrow(/--writer takes sql or services/)
  })
})
