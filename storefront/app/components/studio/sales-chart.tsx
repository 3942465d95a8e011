import { ColumnHeads } from "~/components/column-heads"
import { formatDate, formatDayMonth, formatMoney } from "~/lib/format"
import { barHeights, type SalesSeries } from "~/lib/studio/sales"
import { useLocale, useT } from "~/lib/use-t"

const HEIGHT = 120
const BAR = 10
const GAP = 4

/**
 * One currency's daily sales as bars drawn on the server (no script): the picture is one image with a
 * summary for screen readers, and the same numbers are a table under "show as a table".
 */
function CurrencyChart({ series }: { series: SalesSeries }) {
  const t = useT()
  const locale = useLocale()
  const { top, heights } = barHeights(
    series.days.map((d) => d.total),
    HEIGHT,
  )
  const width = series.days.length * (BAR + GAP) - GAP
  const money = (amount: number) => formatMoney(amount, series.currency, locale)
  const first = series.days[0]!.day
  const last = series.days.at(-1)!.day
  const summary = t("studio.home.salesSummary", {
    total: money(series.total),
    orders: series.orders,
    from: formatDate(first, locale),
    to: formatDate(last, locale),
  })
  const id = `sales-${series.currency}`
  return (
    <figure className="card min-w-0 space-y-2 p-4" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`} className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">{series.currency.toUpperCase()}</span>
        <span className="text-sm text-stone-700">{summary}</span>
      </figcaption>
      <div className="flex gap-2">
        <div className="flex flex-col justify-between text-right text-xs text-stone-600" aria-hidden="true">
          <span>{money(top)}</span>
          <span>{money(0)}</span>
        </div>
        {/* a width in per cent: the picture never widens the page on a phone */}
        <div className="min-w-0 flex-1">
          <svg
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="block h-32 w-full border-b border-l border-stone-300"
          >
            <line
              x1={0}
              x2={width}
              y1={HEIGHT / 2}
              y2={HEIGHT / 2}
              className="stroke-stone-200"
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
            />
            {series.days.map((day, i) => (
              <rect
                key={day.day}
                x={i * (BAR + GAP)}
                y={HEIGHT - heights[i]!}
                width={BAR}
                height={heights[i]!}
                className="fill-brand-600"
                data-day={day.day}
                data-total={day.total}
              >
                <title>{`${formatDayMonth(day.day, locale)}: ${money(day.total)}`}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <div className="flex justify-between pl-2 text-xs text-stone-600" aria-hidden="true">
        <span>{formatDayMonth(first, locale)}</span>
        <span>{formatDayMonth(last, locale)}</span>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t("studio.home.salesTable")}</summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{summary}</caption>
            <thead className="text-stone-700">
              <ColumnHeads
                cell="py-1"
                columns={[
                  { label: t("studio.money.date") },
                  { label: t("studio.home.salesOrders"), numeric: true },
                  { label: t("studio.money.amount"), numeric: true },
                ]}
              />
            </thead>
            <tbody className="divide-y divide-stone-100">
              {series.days
                .filter((day) => day.orders)
                .map((day) => (
                  <tr key={day.day}>
                    <td className="py-1">{formatDate(day.day, locale)}</td>
                    <td className="py-1 text-right">{day.orders}</td>
                    <td className="py-1 text-right">{money(day.total)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}

/** Sales of the last 30 days, one chart per currency the shop sold in. */
export function SalesChart({ series }: { series: SalesSeries[] }) {
  const t = useT()
  return (
    <section aria-labelledby="sales-heading" className="space-y-3">
      <h2 id="sales-heading" className="text-lg font-semibold">
        {t("studio.home.sales")}
      </h2>
      {series.length ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {series.map((s) => (
            <CurrencyChart key={s.currency} series={s} />
          ))}
        </div>
      ) : (
        <p className="text-sm text-stone-700">{t("studio.home.noSales")}</p>
      )}
    </section>
  )
}
