import { describe, expect, it } from "vitest"
import { json, signedIn, studioBackend } from "~/test/studio-stub"
import { loader } from "./orders"

describe("the studio's orders", () => {
  it("a page past the shop's last page of orders redirects to the last, not to an empty list saying there are no orders", async () => {
    const calls = studioBackend({
      "GET /creator/me": () =>
        json({
          member: { id: "mem_1", email: "a@example.az", name: null },
          shops: [{ id: "cre_1", handle: "a", name: "A", status: "approved", role: "owner" }],
        }),
      "GET /creator/orders": () => json({ orders: [], count: 45 }),
    })
    const request = await signedIn(new Request("http://localhost/ru/studio/orders?status=pending&page=999"))
    const answer = await loader({ request, params: { locale: "ru" } } as never).catch((thrown: unknown) => thrown)
    expect(answer).toBeInstanceOf(Response)
    expect((answer as Response).status).toBe(302)
    // 45 orders, 20 to a page: three pages
    expect((answer as Response).headers.get("Location")).toBe("/ru/studio/orders?status=pending&page=3")
    expect(calls).toContain("GET /creator/orders")
  })
})
