/**
 * The page a sign-in should come back to, as the visitor saw it: path and query. A client
 * navigation's loader request is for `<path>.data?_routes=…` (React Router's data requests);
 * neither the suffix nor the routes list belongs in the address to return to.
 */
export function returnPath(request: Request) {
  const url = new URL(request.url)
  url.searchParams.delete("_routes")
  const path = url.pathname.replace(/\.data$/, "")
  const query = url.searchParams.toString()
  return query ? `${path}?${query}` : path
}
