import { describe, expect, it } from "vitest"
import { prettyLogLine } from "../console.mjs"

describe("Medusa's JSON log lines", () => {
  it("are printed as time, level and message", () => {
    expect(prettyLogLine('{"level":"info","message":"Server is ready on port: 9000","timestamp":"2026-11-26 08:24:18"}')).toMatch(
      /08:24:18 info\s+Server is ready on port: 9000/,
    )
  })

  it("leave other lines alone", () => {
    expect(prettyLogLine("plain text")).toBe("plain text")
    expect(prettyLogLine("{not json")).toBe("{not json")
  })
})
