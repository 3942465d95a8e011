import { redirect } from "react-router"

/** How many pages `count` things fill, `size` to a page; an empty list is one (empty) page. */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size))

/**
 * A page past the last one is sent to the last page (a 302, the list may grow again), keeping the
 * URL's other parameters; the first page has no `?page=`. Every paged list does this, so no page
 * says "74 results" and "nothing found" at once (docs/decisions/058).
 */
export function redirectPastLastPage(request: Request, page: number, pages: number) {
  if (page <= pages) return
  const url = new URL(request.url)
  if (pages <= 1) url.searchParams.delete("page")
  else url.searchParams.set("page", String(pages))
  throw redirect(`${url.pathname}${url.search}`)
}
