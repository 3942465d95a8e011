import { describe, expect, it } from "vitest"
import { planSplit, requireStreet, type CartLine } from "./split-plan"

const creator = (id: string) => ({ id, handle: id, name: `Shop ${id}`, status: "approved" })
const line = (id: string, creatorId: string | null, extra: Partial<CartLine> = {}): CartLine => ({
  id,
  quantity: 1,
  requires_shipping: false,
  product: { title: id, status: "published", creator: creatorId ? creator(creatorId) : null },
  ...extra,
})
const method = (id: string, creatorId: string | null) => ({
  id,
  name: id,
  shipping_option: { creator: creatorId ? { id: creatorId } : null },
})

describe("planSplit", () => {
  it("groups lines by creator, giving each creator with physical goods its own delivery", () => {
    const groups = planSplit({
      items: [line("rug", "a", { requires_shipping: true }), line("pack", "b"), line("bowl", "a", { requires_shipping: true })],
      shipping_methods: [method("a-post", "a")],
    })
    expect(groups.map((g) => [g.creator_id, g.items.map((i) => i.id), g.shipping_methods.map((m) => m.id)])).toEqual([
      ["a", ["rug", "bowl"], ["a-post"]],
      ["b", ["pack"], []],
    ])
  })

  it("takes a booked slot as a service's date: a listing that requires a date asks none of a booked line", () => {
    const service = { kind: "service", service_lead_time_days: 0, service_date_required: true }
    const booked = line("lesson", "a", { metadata: { booking: { hold_id: "bkg_1" } } })
    booked.product!.listing = service
    expect(planSplit({ items: [booked] }).map((g) => g.items.map((i) => i.id))).toEqual([["lesson"]])
    const plain = line("lesson", "a")
    plain.product!.listing = service
    expect(() => planSplit({ items: [plain] })).toThrow(/Choose a date for "lesson"/)
  })

  it("refuses a cart whose physical goods from one creator have no delivery", () => {
    expect(() =>
      planSplit({
        items: [line("rug", "a", { requires_shipping: true }), line("vase", "b", { requires_shipping: true })],
        shipping_methods: [method("a-post", "a")],
      }),
    ).toThrow(/Choose a delivery option for the items from Shop b/)
  })

  it("lets a marketplace-wide option serve a cart with one shipping creator, and refuses a delivery nothing uses", () => {
    expect(
      planSplit({ items: [line("rug", "a", { requires_shipping: true })], shipping_methods: [method("any", null)] })[0].shipping_methods,
    ).toHaveLength(1)
    expect(() => planSplit({ items: [line("pack", "a")], shipping_methods: [method("a-post", "a")] })).toThrow(
      /Remove the delivery option "a-post"/,
    )
  })

  it("refuses the marketplace's delivery for a shop that delivers its goods itself, and still lets it carry another shop's", () => {
    const own = line("rug", "a", { requires_shipping: true })
    own.product!.creator = { ...creator("a"), shipping_options: [{ id: "a-post" }] }
    const cart = { items: [own, line("vase", "b", { requires_shipping: true })], shipping_methods: [method("any", null)] }
    expect(() => planSplit(cart)).toThrow("Choose a delivery option for the items from Shop a.")
    const chosen = planSplit({ ...cart, shipping_methods: [method("a-post", "a"), method("any", null)] })
    expect(chosen.map((g) => [g.creator_id, g.shipping_methods.map((m) => m.id)])).toEqual([
      ["a", ["a-post"]],
      ["b", ["any"]],
    ])
  })

  it("refuses what is no longer for sale and an empty cart", () => {
    const suspended = line("rug", "a")
    suspended.product!.creator!.status = "suspended"
    expect(() => planSplit({ items: [suspended] })).toThrow(/No longer for sale: "rug"/)
    expect(() => planSplit({ items: [] })).toThrow(/cart is empty/)
  })

  it("refuses a digital line of more than one copy, naming it and saying to set it to 1; other kinds keep their quantity", () => {
    const digital = (quantity: number) =>
      line("Sample pack", "b", { quantity, product: { title: "Sample pack", status: "published", listing: { kind: "digital" } } })
    expect(() => planSplit({ items: [line("rug", "a", { quantity: 3 }), digital(2)] })).toThrow(
      '"Sample pack" is a digital item: one copy is all a buyer needs. Set its quantity to 1 in your cart, then check out again.',
    )
    expect(planSplit({ items: [line("rug", "a", { quantity: 3 }), digital(1)] })).toHaveLength(2)
  })

  it("asks a street only when something is shipped: downloads and services complete with the buyer's country alone", () => {
    const country = { address_1: null, country_code: "az" }
    const digital = { items: [line("pack", "b"), line("lesson", "c")], shipping_address: country }
    expect(() => requireStreet(digital, planSplit(digital))).not.toThrow()
    const mixed = {
      items: [line("rug", "a", { requires_shipping: true }), line("pack", "b")],
      shipping_methods: [method("a-post", "a")],
      shipping_address: country,
    }
    expect(() => requireStreet(mixed, planSplit(mixed))).toThrow("Add a delivery address with a street: the items from Shop a are shipped.")
    expect(() => requireStreet({ ...mixed, shipping_address: { address_1: "Nizami küç. 10" } }, planSplit(mixed))).not.toThrow()
  })
})
