import { describe, expect, it } from "vitest"
import { returnPath } from "./return-path.server"

describe("the page a sign-in comes back to", () => {
  it("is the page's own address, not the data request a client navigation made for it", () => {
    expect(returnPath(new Request("http://shop.test/ru/studio.data"))).toBe("/ru/studio")
    expect(returnPath(new Request("http://shop.test/az/studio/orders.data?status=pending&_routes=routes%2Fstudio%2Forders"))).toBe(
      "/az/studio/orders?status=pending",
    )
  })

  it("keeps a full page load's path and query as they are", () => {
    expect(returnPath(new Request("http://shop.test/en/account?tab=orders"))).toBe("/en/account?tab=orders")
  })
})
