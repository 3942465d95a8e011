import { describe, expect, it } from "vitest"
import { pickLocations, soldOutLine, type StockLine } from "./cart-stock"

const line = (title: string, quantity: number, levels: [string, number][], extra: Partial<StockLine> = {}): StockLine => ({
  line_item_id: `li_${title}`,
  title,
  quantity,
  allow_backorder: false,
  inventory_item_id: `iitem_${title}`,
  reserved_by_cart: false,
  levels: levels.map(([location_id, available]) => ({ location_id, available })),
  ...extra,
})

describe("the cart's stock", () => {
  it("names the first line no single location can supply", () => {
    expect(
      soldOutLine([
        line("bowl", 2, [["baku", 5]]),
        line("vase", 2, [
          ["baku", 1],
          ["ganja", 1],
        ]),
      ])?.title,
    ).toBe("vase")
    expect(soldOutLine([line("bowl", 2, [["baku", 5]])])).toBeUndefined()
  })

  it("lets a backordered line through where it is stocked, and refuses one stocked nowhere in the channel", () => {
    expect(soldOutLine([line("print", 3, [["baku", 0]], { allow_backorder: true })])).toBeUndefined()
    expect(soldOutLine([line("print", 1, [], { allow_backorder: true })])?.title).toBe("print")
  })

  it("reserves at the first location with enough left, and answers a sold-out line with the buyer's sentence", () => {
    expect(
      pickLocations([
        line("rug", 1, [
          ["baku", 0],
          ["ganja", 1],
        ]),
      ]),
    ).toEqual([{ line_item_id: "li_rug", inventory_item_id: "iitem_rug", location_id: "ganja", quantity: 1, allow_backorder: false }])
    expect(() => pickLocations([line("Guba carpet", 1, [["baku", 0]])])).toThrow(
      'Sold out: "Guba carpet" is no longer in stock. Remove it from the cart to check out.',
    )
  })
})
