import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bearer, loginCreator, registerCreator } from "../utils/actors"
import { bakuAddress, cartWith } from "../utils/checkout"
import { azn, ok } from "../utils/http"
import { publishListing } from "../utils/listings"
import { medusaSuite } from "../utils/medusa-suite"
import { openTwoShippingShops } from "../utils/two-shops"

medusaSuite("creator_delivery_options", ({ api, getContainer }) => {
  const fx = {} as Record<string, any>
  beforeAll(async () => {
    const { market, carpets, sounds, zone, standard, carpet } = await openTwoShippingShops(api, getContainer())
    Object.assign(fx, { store: market.storeHeaders, regionId: market.regionId, carpets, sounds, zone, carpet, standard: standard.id })
    fx.marketplaceProfile = standard.profileId
  })

  const STANDARD = ["Standard delivery", null, 5]
  const courier = { name: "Carpet courier", prices: { azn: 8, eur: 4 } }
  const profileOf = async (productId: string) => {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["shipping_profile.id"], filters: { id: productId } })
    return data[0].shipping_profile?.id as string | undefined
  }
  const offered = async (product: any, locale?: string) => {
    const cart = await cartWith(api, fx.store, fx.regionId, [{ variant_id: product.variants[0].id }], {
      shipping_address: bakuAddress,
      ...(locale ? { locale } : {}),
    })
    const { data } = await api.get(`/store/carts/${cart.id}/delivery-options`, fx.store)
    // the marketplace's own delivery is offered too (Medusa offers every option of the zone; the checkout gives it to shops without their own)
    return data.delivery_options
      .filter((o: any) => o.creator_id)
      .map((o: any) => [o.name, o.creator_id, o.amount])
      .concat(data.delivery_options.some((o: any) => o.id === fx.standard) ? [["Standard delivery", null, 5]] : [])
  }

  it("a shop's first delivery option moves its physical goods onto it, and the checkout offers it as the shop's", async () => {
    const { status, data } = await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    expect(status).toBe(201)
    expect(data.shipping_option).toEqual({
      id: expect.stringMatching(/^so_/),
      name: "Carpet courier",
      translations: {},
      service_zone: { id: fx.zone, name: "Azerbaijan" },
      prices: [
        { currency_code: "azn", amount: 8 },
        { currency_code: "eur", amount: 4 },
      ],
    })
    const list = await api.get("/creator/shipping-options", fx.carpets.headers)
    expect(list.data.shipping_options).toEqual([data.shipping_option])
    expect(list.data.service_zones).toEqual([{ id: fx.zone, name: "Azerbaijan", currencies: ["azn"] }])
    expect(await profileOf(fx.carpet.id)).not.toBe(fx.marketplaceProfile)
    expect(await offered(fx.carpet)).toEqual([["Carpet courier", fx.carpets.creator.id, 8], STANDARD])
    // the Admin's shipping profiles name it after the shop, not its id
    const profiles = await getContainer()
      .resolve(Modules.FULFILLMENT)
      .listShippingProfiles({ id: await profileOf(fx.carpet.id) })
    expect(profiles.map((p) => p.name)).toEqual(["Delivery of Guba Carpets (@guba-carpets)"])
  })

  it("a product the shop lists after its first option ships under the shop's own profile", async () => {
    await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    const rug = await publishListing(api, fx.carpets.headers, {
      kind: "physical",
      title: "Prayer rug",
      variants: [{ title: "Small", prices: azn(60), stock: 1 }],
    })
    expect(await profileOf(rug.id)).toBe(await profileOf(fx.carpet.id))
    expect(await offered(rug)).toEqual([["Carpet courier", fx.carpets.creator.id, 8], STANDARD])
    // another shop's goods stay with the marketplace's delivery
    const vinyl = await publishListing(api, fx.sounds.headers, {
      kind: "physical",
      title: "Mugham on vinyl",
      variants: [{ title: "LP", prices: azn(40), stock: 1 }],
    })
    expect(await profileOf(vinyl.id)).toBe(fx.marketplaceProfile)
  })

  it("a delivery option without an AZN price, with a negative price, an unknown field or another zone is refused with a sentence", async () => {
    const refused = async (body: unknown) => {
      const { status, data } = await api.post("/creator/shipping-options", body, { ...fx.carpets.headers, ...ok })
      return [status, data.message]
    }
    expect(await refused({ name: "Courier", prices: { eur: 4 } })).toEqual([400, expect.stringContaining("azn")])
    expect(await refused({ name: "Courier", prices: { azn: -1 } })).toEqual([400, "prices.azn: must be 0 or more."])
    expect(await refused({ name: "", prices: { azn: 5 } })).toEqual([400, expect.stringContaining("name")])
    expect(await refused({ ...courier, free: true })).toEqual([400, expect.stringContaining("free")])
    expect(await refused({ ...courier, service_zone_id: "serzo_elsewhere" })).toEqual([
      400,
      `service_zone_id must be one of the marketplace's delivery zones: ${fx.zone} (Azerbaijan).`,
    ])
    expect((await api.get("/creator/shipping-options", fx.carpets.headers)).data.shipping_options).toEqual([])
  })

  it("a shop renames and reprices its option; the prices given replace the old ones", async () => {
    const { data } = await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    const updated = await api.post(
      `/creator/shipping-options/${data.shipping_option.id}`,
      { name: "Courier in Baku", prices: { azn: 12 } },
      fx.carpets.headers,
    )
    expect(updated.data.shipping_option).toMatchObject({ name: "Courier in Baku", prices: [{ currency_code: "azn", amount: 12 }] })
    expect(await offered(fx.carpet)).toEqual([["Courier in Baku", fx.carpets.creator.id, 12], STANDARD])
  })

  it("a shop names its option in each language: the buyer's cart reads it in theirs, and a name removed reads the base one", async () => {
    const named = { ...courier, translations: { name: { az: "Xalça kuryeri", ru: "Курьер ковров" } } }
    const { data } = await api.post("/creator/shipping-options", named, fx.carpets.headers)
    const id = data.shipping_option.id
    expect(data.shipping_option.translations).toEqual({ az: { name: "Xalça kuryeri" }, ru: { name: "Курьер ковров" } })
    const nameIn = async (locale: string) => (await offered(fx.carpet, locale))[0][0]
    expect([await nameIn("az"), await nameIn("ru"), await nameIn("en")]).toEqual(["Xalça kuryeri", "Курьер ковров", "Carpet courier"])

    const updated = await api.post(`/creator/shipping-options/${id}`, { translations: { name: { ru: null } } }, fx.carpets.headers)
    expect(updated.data.shipping_option.translations).toEqual({ az: { name: "Xalça kuryeri" } })
    expect([await nameIn("az"), await nameIn("ru")]).toEqual(["Xalça kuryeri", "Carpet courier"])

    const refused = async (translations: unknown) => {
      const answer = await api.post(`/creator/shipping-options/${id}`, { translations }, { ...fx.carpets.headers, ...ok })
      return [answer.status, answer.data.message]
    }
    expect(await refused({ name: { de: "Teppichkurier" } })).toEqual([400, expect.stringContaining("de")])
    expect(await refused({ name: { az: " " } })).toEqual([400, expect.stringContaining("translations.name.az")])
    expect(await refused({ title: { az: "Kuryer" } })).toEqual([400, expect.stringContaining("title")])
    expect((await api.get("/creator/shipping-options", fx.carpets.headers)).data.shipping_options[0].translations).toEqual({
      az: { name: "Xalça kuryeri" },
    })
  })

  it("another shop's delivery option answers 404 and is left as it was", async () => {
    const { data } = await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    const id = data.shipping_option.id
    const rename = await api.post(`/creator/shipping-options/${id}`, { name: "Mine now" }, { ...fx.sounds.headers, ...ok })
    const remove = await api.delete(`/creator/shipping-options/${id}`, { ...fx.sounds.headers, ...ok })
    expect([rename.status, remove.status]).toEqual([404, 404])
    expect(rename.data.message).toBe(`Delivery option ${id} was not found in this shop.`)
    expect((await api.get("/creator/shipping-options", fx.sounds.headers)).data.shipping_options).toEqual([])
    expect((await api.get("/creator/shipping-options", fx.carpets.headers)).data.shipping_options).toEqual([data.shipping_option])
    // the marketplace's own option is no shop's either
    expect((await api.delete(`/creator/shipping-options/${fx.standard}`, { ...fx.carpets.headers, ...ok })).status).toBe(404)
  })

  it("staff read the shop's options, but only an owner adds, changes or deletes one", async () => {
    const { data } = await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    const id = data.shipping_option.id
    await api.post("/creator/invites", { email: "staff@guba.example.az", role: "staff" }, fx.carpets.headers)
    const [notification] = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "creator-invite", to: "staff@guba.example.az" })
    const token = new URL(notification.data!.accept_url as string).searchParams.get("token")
    await api.post("/creator/invites/accept", { token }, bearer(await registerCreator(api, "staff@guba.example.az")))
    const staff = bearer(await loginCreator(api, "staff@guba.example.az"))
    expect((await api.get("/creator/shipping-options", staff)).data.shipping_options).toEqual([data.shipping_option])
    const attempts = [
      await api.post("/creator/shipping-options", courier, { ...staff, ...ok }),
      await api.post(`/creator/shipping-options/${id}`, { name: "Staff courier" }, { ...staff, ...ok }),
      await api.delete(`/creator/shipping-options/${id}`, { ...staff, ...ok }),
    ]
    expect(attempts.map((r) => [r.status, r.data.message])).toEqual(Array(3).fill([403, "Only an owner of the shop can do this."]))
    expect((await api.get("/creator/shipping-options", fx.carpets.headers)).data.shipping_options).toEqual([data.shipping_option])
  })

  it("deleting the shop's last option takes its goods back to the marketplace's delivery; deleting one of two keeps them", async () => {
    const first = (await api.post("/creator/shipping-options", courier, fx.carpets.headers)).data.shipping_option
    const second = (await api.post("/creator/shipping-options", { name: "Pick-up in Guba", prices: { azn: 0 } }, fx.carpets.headers)).data
      .shipping_option
    const own = await profileOf(fx.carpet.id)
    expect((await api.delete(`/creator/shipping-options/${first.id}`, fx.carpets.headers)).data).toEqual({
      id: first.id,
      object: "shipping_option",
      deleted: true,
    })
    expect(await profileOf(fx.carpet.id)).toBe(own)
    expect(await offered(fx.carpet)).toEqual([["Pick-up in Guba", fx.carpets.creator.id, 0], STANDARD])

    await api.delete(`/creator/shipping-options/${second.id}`, fx.carpets.headers)
    expect(await profileOf(fx.carpet.id)).toBe(fx.marketplaceProfile)
    expect(await offered(fx.carpet)).toEqual([STANDARD])
    expect(await getContainer().resolve(Modules.FULFILLMENT).listShippingProfiles({ id: own })).toEqual([])
  })
})
