import { Link } from "react-router"
import { EXPORT_PAGE_FIELDS, LISTING_ANCHORS } from "~/lib/studio/export-profile"
import type { Market } from "~/lib/studio/export.server"
import { useLocale, useT } from "~/lib/use-t"
import { Notice } from "./fields"

/** Where a reason's field is fixed: an input of this page, or a section of the listing's own page. */
function FixLink({ field, productId, children }: { field: string; productId: string; children: string }) {
  const locale = useLocale()
  if (EXPORT_PAGE_FIELDS.includes(field))
    return (
      <a href={`#f-${field}`} className="text-brand-700 underline">
        {children}
      </a>
    )
  return (
    <Link to={`/${locale}/studio/products/${productId}#${LISTING_ANCHORS[field] ?? "main"}`} className="text-brand-700 underline">
      {children}
    </Link>
  )
}

/** The product's readiness per partner market: ready or not, its score, and each reason linked to its field. */
export function ReadinessList({ markets, productId }: { markets: Market[]; productId: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="readiness-heading" className="space-y-3">
      <h2 id="readiness-heading" className="text-lg font-semibold">
        {t("studio.export.readiness")}
      </h2>
      {markets.length === 0 ? <Notice>{t("studio.export.noMarkets")}</Notice> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {markets.map((market) => (
          <li key={market.partner_id} className="card space-y-2 p-4" data-testid="market">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                {market.partner_name} <span className="text-sm font-normal text-stone-700">· {market.market_country}</span>
              </h3>
              <span
                className={`rounded px-2 py-0.5 text-xs font-medium ${market.ready ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}
              >
                {t(market.ready ? "studio.export.ready" : "studio.export.notReady")}
              </span>
            </div>
            <div className="flex items-center gap-2 text-sm">
              <span className="text-stone-700">{t("studio.export.score")}</span>
              <meter min={0} max={100} value={market.score} className="h-2 flex-1" aria-label={t("studio.export.score")} />
              <span className="font-semibold">{market.score}%</span>
            </div>
            {market.reasons.length ? (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {market.reasons.map((reason) => (
                  <li key={reason.code}>
                    <FixLink field={reason.field} productId={productId}>
                      {reason.message[locale]}
                    </FixLink>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
