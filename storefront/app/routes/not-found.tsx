import { data } from "react-router"
import { ErrorPage } from "~/components/error-page"

export function loader() {
  throw data("Not found", { status: 404 })
}

export default function NotFound() {
  return <ErrorPage status={404} />
}

export function ErrorBoundary() {
  return <ErrorPage status={404} />
}
