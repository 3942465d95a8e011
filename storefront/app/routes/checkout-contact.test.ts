// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action, loader } = await import("./checkout")
afterAll(() => backend.close())

const sounds = { id: "cre_sounds", handle: "mugham-sounds", name: "Mugham Sounds" }
const carpets = { id: "cre_carpets", handle: "guba-carpets", name: "Guba Carpets" }
const download = { id: "pack", title: "Sample pack", quantity: 1, total: 15, product_id: "prod_pack", requires_shipping: false }
const carpet = { id: "carpet", title: "Carpet", quantity: 1, total: 300, product_id: "prod_carpet", requires_shipping: true }
const listings = [
  { product_id: "prod_pack", kind: "digital", creator: sounds },
  { product_id: "prod_carpet", kind: "physical", creator: carpets },
]

/** The backend holds a cart with these lines (and these fields); it accepts the cart's update. */
function backendWith(items: unknown[], fields: Record<string, unknown> = {}) {
  const cart = { id: "cart_1", currency_code: "azn", region_id: "reg_azn", locale: "en", items, shipping_methods: [], ...fields }
  backend.answer(({ method, path }) => {
    if (method === "GET" && path === "/store/listings") return { body: { listings } }
    if (method === "GET" && path === "/store/products") return { body: { products: listings.map((l) => ({ id: l.product_id })) } }
    if (path === "/store/carts/cart_1") return { body: { cart } }
    if (method === "GET" && path === "/store/payment-providers") return { body: { payment_providers: [{ id: "pp_system_default" }] } }
    return undefined
  })
}

async function post(fields: Record<string, string>) {
  const { context } = await shopRequestContext("en", { cart_id: "cart_1" })
  const request = new Request("http://shop.test/en/checkout", {
    method: "POST",
    body: new URLSearchParams({ intent: "address", ...fields }),
  })
  return (await action({ request, context, params: { locale: "en" } } as never)) as any
}

async function load() {
  const { context } = await shopRequestContext("en", { cart_id: "cart_1" })
  return (await loader({ request: new Request("http://shop.test/en/checkout"), context, params: { locale: "en" } } as never)) as any
}

const buyer = { email: "aysel@example.az", first_name: "Aysel", last_name: "Məmmədova", country_code: "az" }

describe("the checkout of a purchase with nothing to ship", () => {
  it("asks no street: the e-mail, the name and the country are saved as the cart's addresses", async () => {
    backendWith([download])
    const result = await post(buyer)
    expect(result.status).toBe(302)
    const update = backend.calls.find((call) => call.method === "POST" && call.path === "/store/carts/cart_1")
    const details = { first_name: "Aysel", last_name: "Məmmədova", country_code: "az" }
    expect(update?.body).toEqual({ email: "aysel@example.az", shipping_address: details, billing_address: details })
  })

  it("with a name and a country the first step is done and the payment is offered, without delivery options", async () => {
    backendWith([download], { email: buyer.email, shipping_address: { first_name: "Aysel", last_name: "M", country_code: "az" } })
    const data = await load()
    expect([data.shipping, data.addressDone, data.payment?.provider]).toEqual([false, true, "system"])
    expect(backend.calls.some((call) => call.path.endsWith("/delivery-options"))).toBe(false)
  })

  it("still needs the name", async () => {
    backendWith([download])
    const result = await post({ ...buyer, first_name: " " })
    expect([result.init.status, result.data]).toEqual([400, { errors: { first_name: "checkout.fieldRequired" } }])
  })

  it("asks for a real e-mail address when the one typed is longer than any mailbox's, and sends nothing", async () => {
    backendWith([download])
    const result = await post({ ...buyer, email: `aysel@${"a".repeat(250)}.az` })
    expect([result.init.status, result.data]).toEqual([400, { errors: { email: "checkout.emailInvalid" } }])
    expect(backend.calls.some((call) => call.method === "POST")).toBe(false)
  })
})

describe("the checkout of a purchase with something to ship", () => {
  it("a cart with a carpet and a download still asks for the street and the city", async () => {
    backendWith([download, carpet])
    const result = await post(buyer)
    expect(result.init.status).toBe(400)
    expect(result.data.errors).toEqual({ address_1: "checkout.fieldRequired", city: "checkout.fieldRequired" })
    expect(backend.calls.some((call) => call.method === "POST")).toBe(false)
  })

  it("a name and a country saved for downloads are not an address once a carpet is added", async () => {
    backendWith([download, carpet], { email: buyer.email, shipping_address: { first_name: "Aysel", country_code: "az" } })
    const data = await load()
    expect([data.shipping, data.addressDone, data.payment]).toEqual([true, false, null])
  })
})
