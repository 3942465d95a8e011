import { renderWithCache } from "@creative-market/admin-ui/test"
import { describe, expect, it } from "vitest"
import { creatorKeys } from "../hooks/creators"
import { listingKeys } from "../hooks/listings"
import CreatorPage from "../routes/creators/[id]/page"
import ModerationPage from "../routes/creators/moderation/page"
import CreatorsPage from "../routes/creators/page"
import SettingsPage from "../routes/settings/marketplace/page"
import ProductMarketplaceWidget from "../widgets/product-marketplace"
import { approvedShop, pendingService, pendingShop } from "./fixtures"

const page = (items: unknown[], key: string) => ({ [key]: items, count: items.length, limit: 20, offset: 0 })

describe("admin extensions", () => {
  it("the creators page opens on the onboarding queue and lists each shop's VÖEN", () => {
    const firstPage = creatorKeys.list({ status: "pending", programme: undefined, q: undefined, limit: 20, offset: 0 })
    const html = renderWithCache("/creators", "/creators", <CreatorsPage />, [[firstPage, page([pendingShop], "creators")]])
    expect(html).toContain("Lahij Copper")
    expect(html).toContain("1402938471")
  })

  it("a pending shop can be approved or rejected, not suspended", () => {
    const html = renderWithCache("/creators/cre_1", "/creators/:id", <CreatorPage />, [
      [creatorKeys.detail("cre_1"), { creator: pendingShop }],
    ])
    expect(html).toMatch(/>Approve</)
    expect(html).toMatch(/>Reject</)
    expect(html).not.toMatch(/>Suspend</)
    expect(html).toContain("signed up")
  })

  it("an approved shop can only be suspended, and its history shows why it was approved", () => {
    const html = renderWithCache("/creators/cre_1", "/creators/:id", <CreatorPage />, [
      [creatorKeys.detail("cre_1"), { creator: approvedShop }],
    ])
    expect(html).toMatch(/>Suspend</)
    expect(html).not.toMatch(/>Approve</)
    expect(html).not.toMatch(/>Reject</)
    expect(html).toContain("Documents checked")
  })

  it("the moderation queue shows the pending listing with its creator and both decisions", () => {
    const queue = listingKeys.list({ moderation_status: "pending", limit: 20, offset: 0 })
    const html = renderWithCache("/creators/moderation", "/creators/moderation", <ModerationPage />, [
      [queue, page([pendingService], "listings")],
    ])
    expect(html).toContain("Mixing session, one hour")
    expect(html).toContain("/creators/cre_1")
    expect(html).toMatch(/>Approve</)
    expect(html).toMatch(/>Reject</)
  })

  it("the marketplace settings show both switches in their saved state", () => {
    const settings = { settings: { auto_approve_creators: true, require_listing_moderation: false } }
    const html = renderWithCache("/settings/marketplace", "/settings/marketplace", <SettingsPage />, [
      [["creator-shops", "marketplace-settings"], settings],
    ])
    expect(html).toContain("Approve new creators automatically")
    expect(html.match(/role="switch"[^>]*aria-checked="(true|false)"/g)?.map((s) => s.endsWith('"true"'))).toEqual([true, false])
  })

  it("the product widget links the creator and shows a service listing's details", () => {
    const product = { product: { id: "prod_1", creator: pendingShop, listing: pendingService } }
    const html = renderWithCache("/products/prod_1", "/products/:id", <ProductMarketplaceWidget data={{ id: "prod_1" } as never} />, [
      [["creator-shops", "product-marketplace", "prod_1"], product],
    ])
    expect(html).toContain('href="/creators/cre_1"')
    expect(html).toContain("3 days")
    expect(html).toContain("Remote")
  })
})
