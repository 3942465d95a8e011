import { describe, expect, it } from "vitest"
import { byLocale } from "./translations"

describe("byLocale", () => {
  it("regroups per-field texts by locale", () => {
    expect(byLocale({ title: { az: "Xalça", ru: "Ковёр" }, description: { az: "Əl işi" }, bio: undefined })).toEqual({
      az: { title: "Xalça", description: "Əl işi" },
      ru: { title: "Ковёр" },
    })
  })
})
