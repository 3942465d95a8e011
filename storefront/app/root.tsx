import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "react-router"
import type { Route } from "./+types/root"
import styles from "./app.css?url"
import { ErrorPage } from "./components/error-page"
import { DEFAULT_LOCALE, isLocale, learnMessages } from "./lib/i18n"
import { messagesFor } from "./lib/i18n.server"
import { useNonce } from "./lib/nonce"
import { useLocale } from "./lib/use-t"

const isStudio = (pathname: string) => /^\/[^/]+\/studio(\/|$)/.test(pathname)

/** The page's strings in its language only (the studio's only on studio pages): no catalogue in the JavaScript. */
export function loader({ params, request }: Route.LoaderArgs) {
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE
  return { locale, messages: messagesFor(locale, isStudio(new URL(request.url).pathname)) }
}

// the strings change only with the language or on entering or leaving the studio
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams, currentUrl, nextUrl }) =>
  currentParams.locale !== nextParams.locale || isStudio(currentUrl.pathname) !== isStudio(nextUrl.pathname)

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = useLocale()
  const nonce = useNonce()
  const strings = useRouteLoaderData<typeof loader>("root")
  // the browser learns them before the page below renders (the server knows them all already)
  if (strings && typeof document !== "undefined") learnMessages(strings.locale, strings.messages)
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#b4233c" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen bg-[#fffdfb] font-sans antialiased">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />
}
