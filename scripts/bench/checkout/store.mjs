// The bench's view of the marketplace: HTTP calls as a storefront and an operator make them, shops
// with listings, carts ready to complete, and jobs run a few at a time.
const ADMIN = { email: "bench-operator@creative-market.az", password: "bench-operator-password" }
export const BENCH_OPERATOR = ADMIN
const address = { first_name: "Bench", last_name: "Buyer", address_1: "Nizami 10", city: "Baku", country_code: "az" }

/** Calls on `base` with the storefront's publishable key; `must` throws on a 4xx/5xx with the answer. */
export async function benchStore(base, facts, concurrency) {
  const store = { "x-publishable-api-key": facts.publishable_key }
  const call = async (method, url, body, headers = {}) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...store, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    return { status: response.status, data }
  }
  const must = async (...args) => {
    const answer = await call(...args)
    if (answer.status >= 400) throw new Error(`${args[0]} ${args[1]} answered ${answer.status}: ${JSON.stringify(answer.data)}`)
    return answer.data
  }
  const admin = { authorization: `Bearer ${(await must("POST", "/auth/user/emailpass", ADMIN)).token}` }

  /** An approved shop; answers its member's headers. */
  const shop = async (handle) => {
    const email = `${handle}@bench.example.az`
    const registration = (await must("POST", "/auth/creator/emailpass/register", { email, password: "bench-password" })).token
    const { creator } = await must(
      "POST",
      "/creator/signup",
      { member: { name: "Bench" }, shop: { name: handle, handle, programme: "crafts", legal_type: "individual", email } },
      { authorization: `Bearer ${registration}` },
    )
    await must("POST", `/admin/creators/${creator.id}/approve`, {}, admin)
    return { authorization: `Bearer ${(await must("POST", "/auth/creator/emailpass", { email, password: "bench-password" })).token}` }
  }
  /** A published physical listing of one variant at 40 AZN with `stock` units; answers the variant's id. */
  const listing = async (headers, title, stock) => {
    const { product } = await must(
      "POST",
      "/creator/products",
      { kind: "physical", title, variants: [{ title: "One", prices: [{ currency_code: "azn", amount: 40 }], stock }] },
      headers,
    )
    await must("POST", `/creator/products/${product.id}/publish`, {}, headers)
    return product.variants[0].id
  }
  /** A cart of one unit of each variant, delivered in Baku, paid with the system provider: ready to complete. */
  const prepare = async (variants, n) => {
    const { cart } = await must("POST", "/store/carts", {
      region_id: facts.regions.azerbaijan,
      email: `buyer${n}@bench.example.az`,
      shipping_address: address,
    })
    for (const variant_id of variants) await must("POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
    const { shipping_options } = await must("GET", `/store/shipping-options?cart_id=${cart.id}`)
    await must("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await must("POST", "/store/payment-collections", { cart_id: cart.id })
    await must("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    return cart.id
  }
  /** Runs `job(i)` for i < count, `concurrency` at a time; the results in order. */
  const inBatches = async (count, job) => {
    const results = new Array(count)
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const i = next++
          results[i] = await job(i)
        }
      }),
    )
    return results
  }
  return { store, call, must, admin, shop, listing, prepare, inBatches }
}
