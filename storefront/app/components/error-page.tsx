import { Link, useLocation } from "react-router"
import { useLocale, useT } from "~/lib/use-t"

/** The page a visitor sees instead of a stack trace: 404, backend down (503) or anything else. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT()
  const locale = useLocale()
  const location = useLocation()
  const [title, text] =
    status === 404
      ? [t("error.notFoundTitle"), t("error.notFound")]
      : status === 503
        ? [t("error.downTitle"), t("error.down")]
        : [t("error.title"), t("error.generic")]
  return (
    <main id="main" className="container-page py-20 text-center">
      <title>{`${title} · ${t("brand.name")}`}</title>
      <meta name="robots" content="noindex" />
      <p className="text-sm font-semibold text-brand-600">{status}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mx-auto mt-4 max-w-xl text-stone-700">{text}</p>
      <div className="mt-8 flex justify-center gap-3">
        <Link to={`/${locale}`} className="btn-primary">
          {t("error.backHome")}
        </Link>
        {status !== 404 ? (
          <a href={`${location.pathname}${location.search}`} className="btn-secondary">
            {t("error.retry")}
          </a>
        ) : null}
      </div>
    </main>
  )
}
