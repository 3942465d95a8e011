import { describe, expect, it } from "vitest"
import { pageCount, redirectPastLastPage } from "./paging.server"

const past = (url: string, page: number, pages: number) => {
  try {
    redirectPastLastPage(new Request(url), page, pages)
    return null
  } catch (thrown) {
    return thrown instanceof Response ? { status: thrown.status, location: thrown.headers.get("Location") } : thrown
  }
}

describe("paging", () => {
  it("a page past the last goes to the last page, keeping the list's other parameters", () => {
    expect(past("http://shop.test/az/search?q=xalca&page=99&sort=newest", 99, 4)).toEqual({
      status: 302,
      location: "/az/search?q=xalca&page=4&sort=newest",
    })
  })

  it("a list of one page (or none) goes to its first page, which has no ?page=", () => {
    expect(past("http://shop.test/ru/studio/orders?status=pending&page=999", 999, 1)).toEqual({
      status: 302,
      location: "/ru/studio/orders?status=pending",
    })
  })

  it("a page inside the list stays", () => {
    expect(past("http://shop.test/en/search?page=4", 4, 4)).toBeNull()
    expect(pageCount(74, 24)).toBe(4)
    expect(pageCount(0, 24)).toBe(1)
  })
})
