import { describe, expect, it } from "vitest"
import { toHandle } from "./to-handle"

const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

describe("toHandle", () => {
  it("transliterates Azerbaijani letters and drops punctuation", () => {
    expect(toHandle("QA physical Şəki «test» — ü")).toBe("qa-physical-seki-test-u")
    expect(toHandle("Çəkmə, ĞÖZƏL İpək ıxlas")).toBe("cekme-gozel-ipek-ixlas")
    expect(toHandle("Nənə'nin xalçası")).toBe("nenenin-xalcasi")
  })

  it("transliterates Russian Cyrillic", () => {
    expect(toHandle("Щука, жёлтый чай и хлеб")).toBe("shchuka-zhyoltyy-chay-i-khleb")
    expect(toHandle("Объявление: Цюрих, Юла, Ящик, Эхо, Йод, съезд")).toBe("obyavlenie-tsyurikh-yula-yashchik-ekho-yod-sezd")
  })

  it("strips accents of other Latin letters and every other character", () => {
    expect(toHandle("Café Straße — 100% ✓ 日本")).toBe("cafe-strasse-100")
  })

  it("leaves nothing for a title of no letters or digits, so the caller falls back", () => {
    expect(toHandle("«» — ✓ 日本")).toBe("")
  })

  it("keeps to the length without ending in a dash, and always passes the handle validator", () => {
    expect(toHandle("abc def", 4)).toBe("abc")
    for (const title of ["QA physical Şəki «test» — ü", "Щука ".repeat(30), "-- Ə --", "a"]) {
      expect(toHandle(title)).toMatch(HANDLE)
      expect(toHandle(title).length).toBeLessThanOrEqual(56)
    }
  })
})
