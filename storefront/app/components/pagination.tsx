import { Link, useLocation } from "react-router"
import { useT } from "~/lib/use-t"

/** Previous/next links that keep every other URL parameter. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const t = useT()
  const location = useLocation()
  if (pages <= 1) return null
  const to = (target: number) => {
    const params = new URLSearchParams(location.search)
    if (target === 1) params.delete("page")
    else params.set("page", String(target))
    const search = params.toString()
    return `${location.pathname}${search ? `?${search}` : ""}`
  }
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={to(page - 1)} className="btn-secondary" rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("pagination.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={to(page + 1)} className="btn-secondary" rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
