import { renderWithCache } from "@creative-market/admin-ui/test"
import { describe, expect, it } from "vitest"
import { balanceKeys } from "../hooks/balances"
import type { CreatorBalance } from "../lib/types"
import BalancesPage from "../routes/marketplace/balances/page"

const shop = { id: "cre_1", name: "Quba Xalça Evi", handle: "guba-carpet-house" }
const balance = (fields: Partial<CreatorBalance>): CreatorBalance => ({
  creator: shop,
  currency_code: "azn",
  earned: 450,
  held: 90,
  available: 160,
  paid: 200,
  reversed: 0,
  ...fields,
})
const render = (balances: CreatorBalance[]) =>
  renderWithCache("/marketplace/balances", "/marketplace/balances", <BalancesPage />, [[balanceKeys.all, { balances }]])

describe("balances page", () => {
  it("shows each shop's balance per currency: earned, held, reversed, paid and available", () => {
    const html = render([balance({}), balance({ currency_code: "eur", earned: 58.2, held: 0, paid: 0, available: 58.2 })])
    expect(html).toContain("Quba Xalça Evi")
    expect(html).toContain("@guba-carpet-house")
    for (const amount of ["450.00", "90.00", "200.00", "160.00"]) expect(html).toMatch(new RegExp(`AZN\\s${amount.replace(".", "\\.")}`))
    expect(html).toContain("€58.20")
    expect(html).not.toContain("text-ui-fg-error")
  })

  it("marks a negative available balance (a refund after a payout) in red", () => {
    const html = render([balance({ reversed: 300, available: -140 })])
    expect(html).toMatch(/text-ui-fg-error[^>]*>-AZN\s140\.00/)
  })

  it("says so when no shop has earned anything", () => {
    expect(render([])).toContain("No shop has earned anything yet.")
  })
})
