import { isRouteErrorResponse, useRouteError } from "react-router"
import { ErrorPage } from "./error-page"

/** Every page route's ErrorBoundary: 404 and backend-down pages in the visitor's language. */
export function LocaleErrorBoundary() {
  const error = useRouteError()
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />
}
