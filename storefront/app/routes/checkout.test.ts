// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action, loader } = await import("./checkout")
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

type Creator = { id: string; handle: string; name: string }
const shipped = (id: string, creator: Creator) => ({ id, title: id, quantity: 1, total: 10, product_id: `prod_${id}`, creator })
const carpets = { id: "cre_carpets", handle: "guba-carpets", name: "Guba Carpets" }
const sounds = { id: "cre_sounds", handle: "mugham-sounds", name: "Mugham Sounds" }
const weavers = { id: "cre_weavers", handle: "qarabag-weavers", name: "Qarabağ Weavers" }

/** The checkout's loader for a cart with an address, these lines and chosen `methods`, while the backend offers `options`. */
async function checkoutWith(lines: ReturnType<typeof shipped>[], options: unknown[], methods: unknown[] = []) {
  const items = lines.map(({ creator: _creator, ...item }) => ({ ...item, requires_shipping: true }))
  const ready = { ...cart, email: "aysel@example.az", shipping_address: { address_1: "Nizami küç. 10" }, items, shipping_methods: methods }
  const listings = lines.map((line) => ({ product_id: line.product_id, kind: "physical", creator: line.creator }))
  backend.answer(({ method, path }) => {
    if (method === "GET" && path === "/store/listings") return { body: { listings } }
    if (method === "GET" && path === "/store/products") return { body: { products: lines.map((line) => ({ id: line.product_id })) } }
    if (method === "GET" && path === "/store/carts/cart_1") return { body: { cart: ready } }
    if (method === "GET" && path === "/store/carts/cart_1/delivery-options") return { body: { delivery_options: options } }
    if (method === "GET" && path === "/store/payment-providers") return { body: { payment_providers: [{ id: "pp_system_default" }] } }
    return undefined
  })
  const { context } = await shopRequestContext("en", { cart_id: "cart_1" })
  return (await loader({ request: new Request("http://shop.test/en/checkout"), context, params: { locale: "en" } } as never)) as any
}

async function deliveriesOf(lines: ReturnType<typeof shipped>[], options: unknown[]) {
  const data = await checkoutWith(lines, options)
  return data.deliveries.map((d: any) => [d.name, d.options.map((o: any) => `${o.name} ${o.amount}`)])
}

describe("the checkout's deliveries", () => {
  const courier = { id: "so_courier", name: "Carpet courier", amount: 10, creator_id: carpets.id }
  const post = { id: "so_post", name: "Record post", amount: 7, creator_id: sounds.id }
  const standard = { id: "so_standard", name: "Standard delivery", amount: 5, creator_id: null }

  it("two creators with their own options are two delivery choices, each with its own price", async () => {
    expect(await deliveriesOf([shipped("carpet", carpets), shipped("vinyl", sounds)], [courier, post, standard])).toEqual([
      ["Guba Carpets", ["Carpet courier 10"]],
      ["Mugham Sounds", ["Record post 7"]],
    ])
    expect(backend.calls.some((call) => call.path === "/store/carts/cart_1/delivery-options")).toBe(true)
  })

  it("creators without options of their own share the marketplace's delivery", async () => {
    expect(
      await deliveriesOf([shipped("carpet", carpets), shipped("vinyl", sounds), shipped("rug", weavers)], [courier, standard]),
    ).toEqual([
      ["Guba Carpets", ["Carpet courier 10"]],
      ["Mugham Sounds, Qarabağ Weavers", ["Standard delivery 5"]],
    ])
  })
})

describe("a delivery the shop deleted or repriced after the buyer chose it", () => {
  const courier = { id: "so_courier", name: "Carpet courier", amount: 10, creator_id: carpets.id }
  const standard = { id: "so_standard", name: "Standard delivery", amount: 5, creator_id: null }
  const chose = (id: string, amount: number) => [{ id: "sm_1", shipping_option_id: id, name: "Carpet courier", amount }]

  it("a deleted option is named, no other choice is ticked for it, and the payment waits until the buyer chooses again", async () => {
    const data = await checkoutWith([shipped("carpet", carpets)], [standard], chose("so_gone", 10))
    expect([data.staleDeliveries, data.chosen, data.shippingDone, data.payment]).toEqual([["Carpet courier"], [], false, null])
  })

  it("a repriced option is named too; the same option at its current fee is a finished step", async () => {
    const repriced = await checkoutWith([shipped("carpet", carpets)], [{ ...courier, amount: 12 }], chose("so_courier", 10))
    expect([repriced.staleDeliveries, repriced.shippingDone]).toEqual([["Carpet courier"], false])
    const current = await checkoutWith([shipped("carpet", carpets)], [{ ...courier, amount: 12 }], chose("so_courier", 12))
    expect([current.staleDeliveries, current.shippingDone, current.payment?.provider]).toEqual([[], true, "system"])
  })
})
