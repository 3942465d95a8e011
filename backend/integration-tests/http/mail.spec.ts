import { rmSync } from "node:fs"
import { Modules } from "@medusajs/framework/utils"
import { approvedShop, signUpShop, type Headers } from "../utils/actors"
import { bakuAddress, cartWith, checkoutGroup } from "../utils/checkout"
import { publishListing } from "../utils/listings"
import { mailsTo, ownMailDir } from "../utils/mail"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { creatorShippingOption, shippingZone } from "../utils/shipping"
import { azn } from "../utils/http"

const mailDir = ownMailDir("mail")

const STOREFRONT = "http://localhost:3000"

const inFiveDays = () => new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)

medusaSuite("mail", ({ api, getContainer }) => {
  let store: Headers
  let regionId: string
  const shops: Record<string, Awaited<ReturnType<typeof signUpShop>>> = {}
  const variants: Record<string, string> = {}
  let delivery: string

  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    const { admin } = market
    ;({ storeHeaders: store, regionId } = market)
    const open = [
      ["carpets", "Guba Carpets"],
      ["sounds", "Mugham Sounds"],
      ["lessons", "Tar <b>Lessons</b>"],
    ]
    for (const [handle, name] of open) {
      shops[handle] = await approvedShop(api, admin, `${handle}@example.az`, { handle: `${handle}-shop`, name, programme: "music" })
    }
    const carpet = await publishListing(api, shops.carpets.headers, {
      kind: "physical",
      title: "Guba carpet",
      variants: [{ title: "1×1.5 m", prices: azn(1234.5), stock: 3 }],
    })
    const pack = await publishListing(api, shops.sounds.headers, {
      kind: "digital",
      title: "Mugham sample pack",
      variants: [{ title: "Personal", prices: azn(30) }],
    })
    const lesson = await publishListing(api, shops.lessons.headers, {
      kind: "service",
      title: "Tar masterclass",
      service: { delivery: "remote", lead_time_days: 2, date_required: true },
      variants: [{ title: "1 hour", prices: azn(50) }],
    })
    Object.assign(variants, { carpet: carpet.variants[0].id, pack: pack.variants[0].id, lesson: lesson.variants[0].id })
    delivery = await creatorShippingOption(container, await shippingZone(container, market.locationId), shops.carpets.creator.id, 10, [
      carpet.id,
    ])
  })

  afterAll(() => rmSync(mailDir, { recursive: true, force: true }))

  /** A three-shop purchase (physical, digital, service) by a buyer shopping in `locale`; returns each shop's order id. */
  async function purchase(email: string, locale: string) {
    const lines = [
      { variant_id: variants.carpet },
      { variant_id: variants.pack },
      { variant_id: variants.lesson, metadata: { requested_date: inFiveDays() } },
    ]
    const cart = await cartWith(api, store, regionId, lines, { email, locale, shipping_address: bakuAddress })
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery }, store)
    const { order_group } = await checkoutGroup(api, store, cart.id)
    const { data } = await api.get(`/store/order-groups/${order_group.id}`, store)
    // each shop's order, with the purchase's number: the buyer's mails are numbered as their confirmation is
    return Object.fromEntries(
      data.order_group.orders.map((o: any) => [o.creator.handle.replace(/-shop$/, ""), { ...o, purchase: data.order_group.display_id }]),
    ) as Record<string, any>
  }

  it("a checkout mails each shop only its own order, in Azerbaijani, with the studio link and the address for physical goods; the buyer one mail for the whole purchase", async () => {
    const orders = await purchase("aysel@example.az", "ru")
    const [buyer] = await mailsTo(mailDir, "aysel@example.az", "purchase-placed")
    expect(buyer.headers.get("content-language")).toBe("ru")
    expect(buyer.subject).toMatch(/^Ваш заказ принят · Покупка #\d+$/)
    for (const part of [
      "Магазин: Guba Carpets",
      "- Guba carpet (1×1.5 m) × 1",
      "- Mugham sample pack (Personal) × 1",
      "- Tar masterclass (1 hour) × 1",
    ])
      expect(buyer.text).toContain(part)

    const [carpets] = await mailsTo(mailDir, "carpets@example.az", "order-placed")
    expect(carpets.subject).toBe(`Yeni sifariş #${orders.carpets.display_id} · Guba Carpets`)
    expect(carpets.headers.get("content-language")).toBe("az")
    expect(carpets.text).toContain("- Guba carpet (1×1.5 m) × 1")
    expect(carpets.text).toContain("Cəmi: 1.244,50\u00a0AZN")
    expect(carpets.text).toMatch(/Çatdırılma ünvanı: Aygün Məmmədova\nNizami küç\. 10\nBakı\nAZ/)
    expect(carpets.text).toContain(`${STOREFRONT}/az/studio/orders/${orders.carpets.id}`)
    expect(carpets.html).toContain(`href="${STOREFRONT}/az/studio/orders/${orders.carpets.id}"`)
    for (const other of ["Mugham sample pack", "Tar masterclass", "aysel@example.az"]) expect(carpets.text).not.toContain(other)

    const [sounds] = await mailsTo(mailDir, "sounds@example.az", "order-placed")
    expect(sounds.text).toContain("- Mugham sample pack (Personal) × 1")
    expect(sounds.text).toContain("Bu sifarişdə göndəriləcək fiziki məhsul yoxdur.")
    expect(sounds.text).not.toContain("Nizami")
    const [lessons] = await mailsTo(mailDir, "lessons@example.az", "order-placed")
    expect(lessons.text).toContain(`- Tar masterclass (1 hour) × 1 · istənilən tarix: ${Number(inFiveDays().slice(8))} `)
    // a shop name typed by a person is text in the HTML, never markup
    expect(lessons.subject).toBe(`Yeni sifariş #${orders.lessons.display_id} · Tar <b>Lessons</b>`)
    expect(lessons.html).toContain("Tar &lt;b&gt;Lessons&lt;/b&gt;")
    expect(lessons.html).not.toContain("<b>Lessons</b>")
  })

  it("shipping, a confirmed service, a refund and a cancellation reach the buyer in the language they shopped in", async () => {
    const orders = await purchase("oleg@example.az", "ru-RU")
    await api.post(
      `/creator/orders/${orders.carpets.id}/fulfillments`,
      { carrier: "Azərpoçt", tracking_number: "AZ123456789", tracking_url: "https://track.example.az/AZ123456789" },
      shops.carpets.headers,
    )
    const [shipped] = await mailsTo(mailDir, "oleg@example.az", "order-shipped")
    // one purchase, three shops' orders: at most one of them can share the purchase's number
    expect(Object.values(orders).filter((o: any) => o.display_id !== o.purchase).length).toBeGreaterThanOrEqual(2)
    expect(shipped.subject).toBe(`Ваш заказ отправлен · Заказ #${orders.carpets.purchase}`)
    expect(shipped.text).toContain("Guba Carpets отправил(а) ваш заказ")
    expect(shipped.text).toContain("Перевозчик: Azərpoçt\nТрек-номер: AZ123456789")
    expect(shipped.html).toContain('href="https://track.example.az/AZ123456789"')

    await api.post(
      `/creator/orders/${orders.lessons.id}/service-confirmations`,
      { service_date: "2027-03-21", note: "Online; the link comes a day before" },
      shops.lessons.headers,
    )
    const [confirmed] = await mailsTo(mailDir, "oleg@example.az", "service-confirmed")
    expect(confirmed.subject).toBe(`Услуга подтверждена · Заказ #${orders.lessons.purchase}`)
    expect(confirmed.text).toContain("Дата: 21 марта 2027 г.")
    expect(confirmed.text).toContain("Примечание: Online; the link comes a day before")

    // the refund and cancellation emitters belong to the orders plugin; the e-mails answer their events
    const bus = getContainer().resolve(Modules.EVENT_BUS)
    await bus.emit({ name: "creator_order.refunded", data: { order_id: orders.carpets.id, amount: 1234.5, currency_code: "azn" } })
    await bus.emit({ name: "creator_order.canceled", data: { order_id: orders.sounds.id } })
    const [refunded] = await mailsTo(mailDir, "oleg@example.az", "order-refunded")
    expect(refunded.subject).toBe(`Деньги возвращены · Заказ #${orders.carpets.purchase}`)
    expect(refunded.text).toContain("Мы вернули вам 1\u00a0234,50\u00a0AZN")
    const [canceled] = await mailsTo(mailDir, "oleg@example.az", "order-canceled")
    expect(canceled.subject).toBe(`Ваш заказ отменён · Заказ #${orders.sounds.purchase}`)
    expect(canceled.text).toContain("Магазин: Mugham Sounds")
  })

  it("a payout tells the shop the amount and the reference", async () => {
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({
        name: "creator_payout.paid",
        data: {
          id: "cpay_1",
          creator_id: shops.carpets.creator.id,
          amount: 987.65,
          currency_code: "eur",
          reference: "IBAN transfer 2026-12-06/17",
        },
      })
    const [paid] = await mailsTo(mailDir, "carpets@example.az", "payout-paid")
    expect(paid.subject).toBe("Ödəniş göndərildi: 987,65\u00a0€ · Guba Carpets")
    expect(paid.text).toContain("Ödəniş arayışı: IBAN transfer 2026-12-06/17")
    expect(paid.text).toContain(`${STOREFRONT}/az/studio/balance`)
  })

  it("a password reset mails a working link to the storefront's reset page in the asker's language", async () => {
    const email = "reset-me@example.az"
    const { data: auth } = await api.post("/auth/customer/emailpass/register", { email, password: "quince-kettle-ribbon-1899" })
    await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${auth.token}` } })
    await api.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "en" } })
    const [mail] = await mailsTo(mailDir, email, "password-reset")
    expect(mail.subject).toBe("Reset your password")
    expect(mail.text).toContain("The link works for 15 minutes.")
    const link = new URL(/https?:\/\/\S+reset-password\S+/.exec(mail.text!)![0])
    expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT}/en/account/reset-password`)
    expect(link.searchParams.get("email")).toBe(email)
    // the link's token sets the new password (what the storefront's reset page does with it)
    const token = link.searchParams.get("token")!
    const updated = await api.post(
      "/auth/customer/emailpass/update",
      { email, password: "saffron-lantern-delta-2031" },
      {
        headers: { authorization: `Bearer ${token}` },
      },
    )
    expect(updated.status).toBe(200)
    expect((await api.post("/auth/customer/emailpass", { email, password: "saffron-lantern-delta-2031" })).data.token).toBeTruthy()

    // no language asked: Azerbaijani
    await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
    const [, second] = await mailsTo(mailDir, email, "password-reset", 2)
    expect(second.subject).toBe("Şifrənizi yeniləyin")
    expect(second.text).toContain(`${STOREFRONT}/az/account/reset-password?token=`)
  })
})
