import { TooltipProvider } from "@medusajs/ui"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { renderToString } from "react-dom/server"
import { createMemoryRouter, RouterProvider } from "react-router-dom"

/**
 * Renders a page or widget to HTML the way the dashboard hosts it (router, react-query, tooltips),
 * with the API responses already in the cache: no network, no DOM.
 */
export const renderWithCache = (
  path: string,
  route: string,
  element: ReactNode,
  cache: readonly (readonly [readonly unknown[], unknown])[],
) => {
  const client = new QueryClient()
  for (const [key, data] of cache) client.setQueryData(key, data)
  const router = createMemoryRouter([{ id: "page", path: route, element }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: null } },
  })
  return renderToString(
    <QueryClientProvider client={client}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>,
  )
}
