import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import generateCatalogue from "../../src/scripts/generate-catalogue"
import { composeProduct } from "../../src/scripts/generate-catalogue/compose"
import { CREATORS } from "../../src/scripts/seed/data/creators"
import { PRODUCTS } from "../../src/scripts/seed/data/products"
import seedDemoCatalogue from "../../src/scripts/seed/index"
import { DEMO_PURCHASES, seedDemoOrders } from "../../src/scripts/seed/steps/orders"
import { SHOP_DELIVERY } from "../../src/scripts/seed/steps/creator-delivery"
import { DEMO_CREATOR } from "../../src/scripts/seed/steps/demo-creator"
import { operator } from "../utils/actors"
import { demoDataDir, demoSeed } from "../utils/demo-seed"
import { medusaSuite } from "../utils/medusa-suite"

const dataDir = demoDataDir()

medusaSuite("seed", ({ api, getContainer }) => {
  const demo = demoSeed(api, getContainer, dataDir)
  const { store, countProducts, signInAs, cartOf } = demo

  describe("the demo seed", () => {
    it("gives physical products export profiles, some with gaps, and serves the demo partners' feeds with their tokens", async () => {
      const { partners } = demo.readJson("export-partners.json")
      const google = partners.find((p: { format: string }) => p.format === "google-xml")
      const feed = await api.get(google.path, { headers: { authorization: `Bearer ${google.token}` } })
      const items = (feed.data.match(/<item>/g) ?? []).length
      expect(items).toBeGreaterThan(10)
      const json = partners.find((p: { format: string }) => p.format === "json")
      const { data } = await api.get(json.path, { headers: { authorization: `Bearer ${json.token}` } })
      expect(data.items.length).toBeGreaterThan(0)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "export_profile.hs_code", "export_profile.origin_country"],
      })
      const profiles = products.map((p: any) => p.export_profile).filter(Boolean)
      expect(profiles.length).toBeGreaterThan(products.length / 3)
      expect(profiles.some((p: any) => !p.hs_code)).toBe(true)
      expect(profiles.some((p: any) => !p.origin_country)).toBe(true)
    })

    it("writes the publishable key, the sales channel and the three regions to storefront.json", () => {
      expect(demo.facts.publishable_key).toMatch(/^pk_/)
      expect(demo.facts.sales_channel_id).toMatch(/^sc_/)
      expect(Object.keys(demo.facts.regions).sort()).toEqual(["azerbaijan", "europe", "international"])
    })

    it("serves the catalogue in English by default and in Azerbaijani and Russian with ?locale", async () => {
      const url = "/store/products?handle=qarabag-chelebi-carpet&fields=title,description,variants.title"
      const [en, az, ru] = await Promise.all([store(url), store(`${url}&locale=az`), store(`${url}&locale=ru`)])
      expect(en.data.products[0].title).toBe("Karabakh carpet “Chelebi”")
      expect(az.data.products[0].title).toBe("Qarabağ xalçası «Çələbi»")
      expect(az.data.products[0].variants.map((variant: { title: string }) => variant.title)).toEqual(["150 × 230 sm", "200 × 300 sm"])
      expect(ru.data.products[0].title).toBe("Карабахский ковёр «Челеби»")
      expect(ru.data.products[0].description).toMatch(/натуральные красители/)
    })

    it("publishes every product in the sales channel with a price in each region's currency", async () => {
      for (const [market, currency] of [
        ["azerbaijan", "azn"],
        ["europe", "eur"],
        ["international", "usd"],
      ] as const) {
        const { data } = await store(
          `/store/products?limit=200&region_id=${demo.facts.regions[market]}&fields=handle,*variants.calculated_price`,
        )
        expect(data.count).toBe(PRODUCTS.length)
        for (const product of data.products) {
          for (const variant of product.variants)
            expect([product.handle, variant.calculated_price?.currency_code]).toEqual([product.handle, currency])
        }
      }
    })

    it("prices delivery with tax included, like the products: the buyer pays the amount the option shows", async () => {
      const cart = await cartOf("print-gobustan-petroglyphs", "tax@example.az")
      const { data } = await store(`/store/shipping-options?cart_id=${cart.id}`)
      expect(data.shipping_options.length).toBeGreaterThan(0)
      for (const option of data.shipping_options)
        expect([option.name, option.calculated_price.is_calculated_price_tax_inclusive]).toEqual([option.name, true])
    })

    it("gives the demo creator's carpet shop its own courier: a cart with its rug offers it beside the marketplace's delivery", async () => {
      const cart = await cartOf("qarabag-namazliq-rug", "rug@example.az")
      const { data } = await store(`/store/carts/${cart.id}/delivery-options`)
      const [weavers] = await getContainer().resolve("creator").listCreators({ handle: SHOP_DELIVERY.shop })
      const own = data.delivery_options.filter((o: any) => o.creator_id)
      expect(own.map((o: any) => [o.name, o.creator_id, o.amount])).toEqual([["Qarabağ Weavers courier", weavers.id, 8]])
      // named in each language, as the buyer's cart reads it
      await api.post(`/store/carts/${cart.id}`, { locale: "ru" }, demo.storeHeaders())
      const { data: inRussian } = await store(`/store/carts/${cart.id}/delivery-options`)
      expect(inRussian.delivery_options.filter((o: any) => o.creator_id).map((o: any) => o.name)).toEqual(["Курьер Qarabağ Weavers"])
      expect(
        data.delivery_options
          .filter((o: any) => !o.creator_id)
          .map((o: any) => o.name)
          .sort(),
      ).toEqual(["Express delivery", "Standard delivery"])
      const { data: studio } = await api.get("/creator/shipping-options", await signInAs(SHOP_DELIVERY.shop))
      const fees = (prices: any[]) => prices.map((p) => `${p.amount} ${p.currency_code}`)
      expect(studio.shipping_options.map((o: any) => [o.name, o.service_zone.name, fees(o.prices)])).toEqual([
        ["Qarabağ Weavers courier", "Azerbaijan", ["8 azn"]],
        ["Qarabağ Weavers parcel", "Europe", ["50 azn", "30 eur"]],
        ["Qarabağ Weavers parcel", "International", ["60 azn", "35 usd"]],
      ])
    })

    it("gives every product to one of the approved demo shops, as a listing of its kind", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["handle", "creator.handle", "creator.status", "listing.kind"] })
      expect(data).toHaveLength(PRODUCTS.length)
      for (const product of data as any[]) {
        const seed = PRODUCTS.find((p) => p.handle === product.handle)!
        expect([product.handle, product.creator?.handle, product.creator?.status, product.listing?.kind]).toEqual([
          seed.handle,
          seed.creator,
          "approved",
          seed.kind,
        ])
      }
      const { data: creators } = await store("/store/creators?limit=100")
      expect(creators.count).toBe(CREATORS.length)
      expect(new Set(CREATORS.map((c) => c.programme)).size).toBe(5)
    })

    it("gives every digital listing a private PDF to deliver, so a demo purchase can be downloaded", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const digital = PRODUCTS.filter((p) => p.kind === "digital")
      const { data } = await query.graph({
        entity: "product",
        fields: ["handle", "listing.assets.*"],
        filters: { handle: digital.map((p) => p.handle) },
      })
      expect(data).toHaveLength(digital.length)
      for (const product of data as any[]) {
        expect([product.handle, product.listing.assets.map((asset: any) => asset.mime_type)]).toEqual([product.handle, ["application/pdf"]])
      }
      const content = await getContainer()
        .resolve(Modules.FILE)
        .getAsBuffer((data[0] as any).listing.assets[0].file_key)
      expect(content.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      expect(content.toString("latin1")).toContain(`Sold by: ${digital.find((p) => p.handle === (data[0] as any).handle)!.creator}`)
    })

    it("stocks physical goods in Baku and leaves digital goods and services without inventory", async () => {
      const { data } = await store("/store/products?limit=200&fields=handle,variants.manage_inventory,variants.inventory_quantity")
      for (const product of data.products) {
        const physical = PRODUCTS.find((p) => p.handle === product.handle)!.kind === "physical"
        for (const variant of product.variants) {
          expect([product.handle, variant.manage_inventory]).toEqual([product.handle, physical])
          if (physical) expect(variant.inventory_quantity, product.handle).toBeGreaterThan(0)
        }
      }
    })

    it("gives the centre's shop five studios, two masterclasses with seats and a few confirmed bookings on a real calendar", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: resources } = await query.graph({ entity: "bookable_resource", fields: ["name", "capacity", "creator.handle"] })
      expect(resources.map((r: any) => r.creator?.handle)).toEqual(resources.map(() => "creative-centre"))
      expect(resources.filter((r: any) => r.capacity === 1)).toHaveLength(5)
      const { data: bookings } = await query.graph({ entity: "booking", fields: ["status", "order_id", "session_id"] })
      const confirmed = bookings.filter((b: any) => b.status === "confirmed" && b.order_id)
      expect(confirmed.length).toBeGreaterThanOrEqual(3)
      expect(confirmed.some((b: any) => b.session_id)).toBe(true)
      for (const handle of ["centre-photo-studio", "centre-masterclass-ai-music"]) {
        const { data } = await store(`/store/products?handle=${handle}&fields=id`)
        const from = new Date().toISOString().slice(0, 10)
        const to = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10)
        const { data: availability } = await store(`/store/products/${data.products[0].id}/availability?from=${from}&to=${to}`)
        expect([handle, availability.variants[0].slots.length > 0]).toEqual([handle, true])
      }
      const { data: masterclass } = await store("/store/products?handle=centre-masterclass-ai-animation&fields=id")
      const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
      const { data: seats } = await store(
        `/store/products/${masterclass.products[0].id}/availability?from=${new Date().toISOString().slice(0, 10)}&to=${to}`,
      )
      expect(seats.variants[0].slots.map((s: any) => s.seats_left)).toContain(19)
    })

    it("places demo purchases across seven shops through the split checkout: paid, one shipped, one with a refunded unit", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups } = await query.graph({
        entity: "order_group",
        fields: ["email", "status", "payment_status", "orders.id", "orders.creator.handle"],
        filters: { email: DEMO_PURCHASES.map((p) => p.email) },
      })
      expect(groups.map((g: any) => [g.email, g.status, g.payment_status]).sort()).toEqual([
        ["demo.orders.paid@example.az", "placed", "authorized"],
        ["demo.orders.refunded@example.az", "placed", "partially_refunded"],
        ["demo.orders.shipped@example.az", "placed", "authorized"],
      ])
      const shops = groups.flatMap((g: any) => g.orders.map((o: any) => o.creator.handle))
      expect(new Set(shops).size).toBe(7)
      // the demo creator's shop among them: its studio shows an order on first start
      expect(shops).toContain(DEMO_CREATOR.shop)

      const shipped = groups.find((g: any) => g.email === "demo.orders.shipped@example.az").orders
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "creator.handle", "fulfillments.shipped_at", "fulfillments.labels.tracking_number"],
        filters: { id: shipped.map((o: any) => o.id) },
      })
      const records = orders.find((o: any) => o.creator.handle === "xazar-records")
      expect(records.fulfillments).toHaveLength(1)
      expect(records.fulfillments[0].shipped_at).toBeTruthy()

      const refunds = await getContainer().resolve("marketplace_order").listCreatorRefunds({}, { take: null })
      expect(refunds.map((r: any) => [r.quantity, r.method])).toEqual([[1, "refunded"]])
    })

    it("shows a demo shop its earnings and the refund at /creator/balance on first start", async () => {
      const headers = await signInAs("lahij-coppersmiths")
      const { data } = await api.get("/creator/balance", headers)
      const [azn] = data.balances
      expect(azn.currency_code).toBe("azn")
      expect(azn.earned).toBeGreaterThan(0)
      expect(azn.reversed).toBeGreaterThan(0)
      expect(azn.earned).toBeGreaterThan(azn.reversed)
      expect(data.ledger.map((e: any) => e.type).sort()).toEqual(["earned", "reversed"])
      const records = await api.get("/creator/balance", await signInAs("xazar-records"))
      expect(records.data.balances[0].earned).toBeGreaterThan(0)

      // the demo purchases ship with the marketplace's standard delivery from the Baku hub, which earns no
      // shop anything, except the demo creator's carpet shop's rug: it goes with the shop's own courier
      // (8 AZN), whose fee is the shop's net of the ƏDV it holds (ADR 040, 041); commission and earnings
      // are on the prices net of that tax too
      const marketplace = getContainer().resolve("marketplace_order")
      const earned = await marketplace.listLedgerEntries({ type: "earned" }, { take: null })
      const [weavers] = await getContainer().resolve("creator").listCreators({ handle: SHOP_DELIVERY.shop })
      const fees = earned.filter((e: any) => !e.line_item_id)
      expect(fees.map((e: any) => e.creator_id)).toEqual([weavers.id])
      expect(Number(fees[0].amount)).toBeCloseTo(8 / 1.18, 2)
      const lines = await marketplace.listCommissionLines({}, { take: null })
      const { data: demoOrders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id", "total", "items.total", "items.tax_total"],
          filters: { id: lines.map((l: any) => l.order_id) },
        })
      const items = demoOrders.flatMap((o: any) => o.items)
      const sum = (rows: any[], pick: (row: any) => number) => Math.round(rows.reduce((n, row) => n + pick(row), 0) * 100) / 100
      expect(sum(items, (i) => i.tax_total)).toBeGreaterThan(0)
      expect(sum(lines, (l) => Number(l.base_amount))).toBeCloseTo(
        sum(items, (i) => i.total - i.tax_total),
        1,
      )

      // operators see every shop's money in the Admin's API
      const admin = await operator(api, getContainer())
      const { data: all } = await api.get("/admin/marketplace/balances", admin)
      expect(all.balances).toHaveLength(7)
      for (const b of all.balances) expect([b.creator.handle, b.currency_code, b.earned > 0]).toEqual([b.creator.handle, "azn", true])
    })

    it("does nothing the second time", async () => {
      const before = await countProducts()
      const groups = () => getContainer().resolve("marketplace_order").listOrderGroups({}, { take: null })
      const groupsBefore = (await groups()).length
      await seedDemoCatalogue({ container: getContainer(), args: [dataDir] })
      // the demo orders step on its own (a run that stopped before the store was marked seeded)
      await seedDemoOrders(
        getContainer(),
        { regionId: demo.facts.regions.azerbaijan, salesChannelId: demo.facts.sales_channel_id },
        () => {},
      )
      expect(await countProducts()).toBe(before)
      expect((await groups()).length).toBe(groupsBefore)
      const again = demo.readJson("storefront.json")
      expect(again.publishable_key).toBe(demo.facts.publishable_key)
    })
  })

  describe("the catalogue generator", () => {
    it("adds gen-1…gen-N products that the store serves translated and priced, and adds none when run again", async () => {
      await generateCatalogue({ container: getContainer(), args: ["count=250"] })
      expect(await countProducts({ handle: { $like: "gen-%" } })).toBe(250)

      const expected = composeProduct(7)
      const { data } = await store(
        `/store/products?handle=gen-7&locale=ru&region_id=${demo.facts.regions.azerbaijan}&fields=title,variants.title,*variants.calculated_price`,
      )
      expect(data.products[0].title).toBe(expected.title.ru)
      const served = data.products[0].variants.map((variant: { title: string; calculated_price: { calculated_amount: number } }) => [
        variant.title,
        variant.calculated_price.calculated_amount,
      ])
      expect(served.sort()).toEqual(expected.variants.map((variant) => [variant.value.ru, variant.azn]).sort())

      await generateCatalogue({ container: getContainer(), args: ["count=250"] })
      expect(await countProducts({ handle: { $like: "gen-%" } })).toBe(250)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: generated } = await query.graph({
        entity: "product",
        fields: ["creator.status", "listing.kind"],
        filters: { handle: ["gen-1", "gen-2", "gen-3"] },
      })
      expect(generated.every((p: any) => p.creator?.status === "approved" && p.listing?.kind)).toBe(true)
    })
  })
})
