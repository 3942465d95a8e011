// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { saveExportProfile } = await import("./export.server")
afterAll(() => backend.close())

const studio = { token: "tok", shopId: "shop_1" } as Parameters<typeof saveExportProfile>[0]

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("saving the studio's export profile", () => {
  it("names a number's mistake and the API's mistakes in one answer, and stores nothing", async () => {
    backend.answer(({ path, body }) => {
      if (path !== "/creator/products/prod_1/export-profile") return undefined
      // the real API takes only numbers there, so the body is refused whole
      expect((body as { weight_g: unknown }).weight_g).toBe("2,5 kg")
      return {
        status: 400,
        body: {
          type: "invalid_data",
          message:
            "weight_g: Invalid input: expected number, received string; gtin: has a wrong check digit; hs_code: must be a six-digit HS subheading such as 570110.",
        },
      }
    })
    const result = await saveExportProfile(studio, "prod_1", [], form({ weight_g: "2,5 kg", gtin: "4006381333932", hs_code: "57" }))
    expect(result.errors).toEqual({
      weight_g: "studio.error.wholeNumber",
      gtin: "studio.export.error.gtinCheck",
      hs_code: "studio.export.error.hsFormat",
    })
    expect(result.done).toBeUndefined()
    expect(result.values).toMatchObject({ weight_g: "2,5 kg", gtin: "4006381333932" })
  })

  it("saves a form the API takes", async () => {
    backend.answer(({ path }) => (path === "/creator/products/prod_1/export-profile" ? { body: { export_profile: {} } } : undefined))
    expect(await saveExportProfile(studio, "prod_1", [], form({ weight_g: "2500", gtin: "4006381333931" }))).toEqual({
      done: "studio.saved",
    })
    expect(backend.calls[0]?.body).toMatchObject({ weight_g: 2500, gtin: "4006381333931" })
  })
})
