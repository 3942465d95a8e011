import { describe, expect, it } from "vitest"
import { ExportEvents } from "../lib/events"
import { config } from "./rebuild-export-feeds"

describe("feed rebuilds", () => {
  it("follow a partner's creation and changes, not only the catalogue's", () => {
    expect(config.event).toEqual(expect.arrayContaining([ExportEvents.PARTNER_UPDATED, "product.updated", ExportEvents.PROFILE_UPDATED]))
  })
})
