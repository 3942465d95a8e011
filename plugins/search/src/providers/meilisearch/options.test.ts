import { describe, expect, it } from "vitest"
import { DEFAULT_TASK_TIMEOUT_MS, parseProviderOptions } from "./options"

describe("provider options", () => {
  it("fills in defaults long enough for seeding large catalogues", () => {
    expect(parseProviderOptions({ host: "http://127.0.0.1:7700" })).toEqual({
      host: "http://127.0.0.1:7700",
      index_prefix: "",
      task_timeout_ms: DEFAULT_TASK_TIMEOUT_MS,
      task_interval_ms: 250,
    })
    expect(DEFAULT_TASK_TIMEOUT_MS).toBe(600_000)
  })

  it("fails at boot with every problem named", () => {
    expect(() => parseProviderOptions({ api_key: "", index_prefix: "env.prod", apiKey: "x" })).toThrow(
      /Invalid options for the Meilisearch search provider: host: .*; api_key: .*; index_prefix: use letters.*; options: Unrecognized key.*apiKey/,
    )
    expect(() => parseProviderOptions(undefined)).toThrow(/host: Invalid input/)
  })
})
