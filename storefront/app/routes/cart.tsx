import { data, Form, Link } from "react-router"
import type { Route } from "./+types/cart"
import { CartTotals } from "~/components/cart-totals"
import { BookingSlot, bookingOf } from "~/components/booking-slot"
import { Img } from "~/components/image"
import { isStockRefusal } from "~/lib/cart"
import { currentCart, groupByCreator } from "~/lib/cart.server"
import { formatMoney, isCurrency } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import { BackendError, store } from "~/lib/medusa.server"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ context, request }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const cart = await currentCart(shop)
  // back from a currency switch the cart could not follow (see preferences.ts)
  const kept = new URL(request.url).searchParams.get("currency_kept")
  return {
    cart,
    groups: cart ? groupByCreator(cart) : [],
    title: translate(shop.locale, "cart.title"),
    currencyKept: cart && isCurrency(kept) && kept !== cart.currency_code ? kept : null,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const cartId = shop.session.get("cart_id")
  if (!cartId) return null
  const form = await request.formData()
  const intent = form.get("intent")
  const item = String(form.get("item_id") ?? "")
  const call = (path: string, method: "POST" | "DELETE", body?: unknown) =>
    store(`/store/carts/${cartId}${path}`, { method, body, token: shop.token })
  try {
    if (intent === "quantity" && /^cali_\w+$/.test(item)) {
      const quantity = Math.max(0, Math.min(99, Number(form.get("quantity")) || 0))
      await (quantity === 0 ? call(`/line-items/${item}`, "DELETE") : call(`/line-items/${item}`, "POST", { quantity }))
    } else if (intent === "remove" && /^cali_\w+$/.test(item)) {
      await call(`/line-items/${item}`, "DELETE")
    } else if (intent === "promo") {
      const code = String(form.get("code") ?? "").trim()
      if (!code) return null
      const { cart } = await call("/promotions", "POST", { promo_codes: [code] }).then(
        (r) => r as { cart: { promotions?: { code?: string }[] } },
      )
      if (!(cart.promotions ?? []).some((p) => p.code?.toLowerCase() === code.toLowerCase()))
        return data({ promoError: true }, { status: 400 })
    } else if (intent === "promo-remove") {
      await call("/promotions", "DELETE", { promo_codes: [String(form.get("code") ?? "")] })
    }
  } catch (error) {
    if (!(error instanceof BackendError) || error.status >= 500) throw error
    // a quantity the stock cannot supply is told on its line (Medusa's sentence is English)
    const stockError = intent === "quantity" && isStockRefusal(error.message) ? item : undefined
    return data({ promoError: intent === "promo", stockError }, { status: 400 })
  }
  return null
}

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const { cart, groups, currencyKept } = loaderData
  const t = useT()
  const locale = useLocale()
  if (!cart || !cart.items?.length) {
    return (
      <main id="main" className="container-page py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t("cart.title")}</h1>
        <p className="mt-4 text-stone-700">{t("cart.empty")}</p>
        <Link to={`/${locale}/search`} className="btn-primary mt-6">
          {t("cart.continue")}
        </Link>
      </main>
    )
  }
  const blocked = cart.items.some((item) => item.unavailable)
  return (
    <main id="main" className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("cart.title")}</h1>
      {currencyKept ? (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("cart.currencyKept", { currency: cart.currency_code.toUpperCase(), wanted: currencyKept.toUpperCase() })}
        </p>
      ) : null}
      {blocked ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t("cart.unavailableSummary")}
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          {groups.map((group) => (
            <section key={group.creator?.id ?? "marketplace"} className="card" aria-labelledby={`seller-${group.creator?.id ?? "m"}`}>
              <h2 id={`seller-${group.creator?.id ?? "m"}`} className="border-b border-stone-200 px-4 py-3 text-sm font-semibold">
                {group.creator ? (
                  <Link to={`/${locale}/creators/${group.creator.handle}`} className="hover:underline">
                    {t("cart.soldBy", { name: group.creator.name })}
                  </Link>
                ) : (
                  t("brand.name")
                )}
              </h2>
              <ul className="divide-y divide-stone-100">
                {group.items.map((item) => (
                  <li key={item.id} className="flex gap-4 p-4">
                    {/* the <picture> is the row's flex item: it must not shrink on a phone */}
                    <div className="shrink-0">
                      <Img
                        src={item.thumbnail}
                        alt=""
                        width={80}
                        height={80}
                        sizes="80px"
                        widths={[160]}
                        className="h-20 w-20 rounded-md object-cover"
                      />
                    </div>
                    <div className="min-w-0 flex-1">
                      <Link to={`/${locale}/products/${item.product_handle}`} className="font-semibold hover:underline">
                        {item.title}
                      </Link>
                      {item.variant_title && item.variant_title !== "Default" ? (
                        <p className="text-sm text-stone-600">{item.variant_title}</p>
                      ) : null}
                      {item.unavailable ? (
                        <p className="text-sm font-semibold text-red-700" data-testid="unavailable">
                          {t("cart.unavailable")}
                        </p>
                      ) : null}
                      <BookingSlot metadata={item.metadata} held />
                      {typeof item.metadata?.requested_date === "string" ? (
                        <p className="text-sm text-stone-600">
                          {t("product.service.date")}: {item.metadata.requested_date}
                        </p>
                      ) : null}
                      <div className="mt-2 flex flex-wrap items-center gap-3">
                        {/* a booked slot is one line per slot, a download one licence: their quantity is not the buyer's to change */}
                        {bookingOf(item.metadata) || item.product?.listing?.kind === "digital" ? null : (
                          <Form method="post" className="flex items-center gap-2">
                            <input type="hidden" name="intent" value="quantity" />
                            <input type="hidden" name="item_id" value={item.id} />
                            <label htmlFor={`qty-${item.id}`} className="sr-only">
                              {t("cart.quantityOf", { title: item.title })}
                            </label>
                            <input
                              id={`qty-${item.id}`}
                              name="quantity"
                              type="number"
                              min={0}
                              max={99}
                              defaultValue={item.quantity}
                              className="input w-20"
                            />
                            <button type="submit" className="btn-secondary">
                              {t("cart.update")}
                            </button>
                          </Form>
                        )}
                        {actionData && "stockError" in actionData && actionData.stockError === item.id ? (
                          <p role="alert" className="w-full text-sm text-red-700">
                            {t("product.notEnoughStock")}
                          </p>
                        ) : null}
                        <Form method="post">
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="item_id" value={item.id} />
                          <button type="submit" className="text-sm font-semibold text-brand-700 hover:underline">
                            {t("cart.remove")}
                          </button>
                        </Form>
                      </div>
                    </div>
                    <p className="font-semibold">{formatMoney(item.total, cart.currency_code, locale)}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <aside className="card h-fit space-y-6 p-4" aria-label={t("checkout.review")}>
          <PromoCodes
            codes={(cart.promotions ?? []).map((p) => p.code).filter((c): c is string => Boolean(c))}
            invalid={Boolean(actionData?.promoError)}
          />
          <CartTotals cart={cart} />
          {blocked ? (
            <button type="button" className="btn-primary w-full py-3 text-base" disabled aria-describedby="checkout-blocked">
              {t("cart.checkout")}
            </button>
          ) : (
            <Link to={`/${locale}/checkout`} className="btn-primary w-full py-3 text-base">
              {t("cart.checkout")}
            </Link>
          )}
          {blocked ? (
            <p id="checkout-blocked" className="text-sm text-red-800">
              {t("cart.unavailableSummary")}
            </p>
          ) : null}
        </aside>
      </div>
    </main>
  )
}

function PromoCodes({ codes, invalid }: { codes: string[]; invalid: boolean }) {
  const t = useT()
  return (
    <div>
      <Form method="post">
        <input type="hidden" name="intent" value="promo" />
        <label htmlFor="promo" className="label">
          {t("cart.promo")}
        </label>
        <div className="flex gap-2">
          <input
            id="promo"
            name="code"
            className="input min-w-0 flex-1"
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={invalid ? "promo-error" : undefined}
          />
          <button type="submit" className="btn-secondary shrink-0 whitespace-nowrap">
            {t("cart.promoApply")}
          </button>
        </div>
        {invalid ? (
          <p id="promo-error" role="alert" className="mt-1 text-sm text-red-700">
            {t("cart.promoInvalid")}
          </p>
        ) : null}
      </Form>
      {codes.map((code) => (
        <Form method="post" key={code} className="mt-2 flex items-center justify-between text-sm">
          <input type="hidden" name="intent" value="promo-remove" />
          <input type="hidden" name="code" value={code} />
          <span className="rounded bg-green-50 px-2 py-0.5 font-mono text-green-800">{code}</span>
          <button type="submit" className="text-brand-700 hover:underline" aria-label={t("cart.promoRemove", { code })}>
            ×
          </button>
        </Form>
      ))}
    </div>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
