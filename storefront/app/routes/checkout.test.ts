// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action } = await import("./checkout")
afterAll(() => backend.close())

const cart = { id: "cart_1", currency_code: "azn", region_id: "reg_azn", locale: "en", items: [] }
const address = {
  intent: "address",
  email: "aysel@example.az",
  first_name: "Aysel",
  last_name: "Məmmədova",
  address_1: "Nizami küç. 10",
  city: "Bakı",
  country_code: "az",
}

/** Posts the checkout's address step while the backend refuses to refresh the cart. */
async function postAddress(refusal: { status: number; body: unknown }) {
  backend.answer(({ method, path }) => {
    if (method === "GET" && path === "/store/carts/cart_1") return { body: { cart } }
    if (method === "POST" && path === "/store/carts/cart_1") return refusal
    return undefined
  })
  const { context } = await shopRequestContext("en", { cart_id: "cart_1" })
  const request = new Request("http://shop.test/en/checkout", { method: "POST", body: new URLSearchParams(address) })
  return action({ request, context, params: { locale: "en" } } as never)
}

describe("the checkout's steps", () => {
  it("a step the backend refuses (a line of a shop suspended meanwhile) is told on the page with its reason, not as a server error", async () => {
    const result = (await postAddress({
      status: 400,
      body: { type: "invalid_data", message: "Variants with IDs variant_1 do not exist or are not published" },
    })) as { data: unknown; init: { status: number } }
    expect(result.init.status).toBe(400)
    expect(result.data).toEqual({ stepFailed: "Variants with IDs variant_1 do not exist or are not published" })
  })

  it("a backend that fails is still a server error", async () => {
    await expect(postAddress({ status: 500, body: { type: "unknown_error", message: "boom" } })).rejects.toBeTruthy()
  })
})
