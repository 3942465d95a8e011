import { data, Link, useFetcher } from "react-router"
import type { Route } from "./+types/product"
import { AddedToCart } from "~/components/added-to-cart"
import { Img } from "~/components/image"
import { ProductDetails } from "~/components/product-details"
import { ProductGallery } from "~/components/product-gallery"
import { env } from "~/env.server"
import { SlotPicker } from "~/components/slot-picker"
import { holdSlot, slotPicker } from "~/lib/bookings.server"
import { addToCart } from "~/lib/cart.server"
import { isOneCopyRefusal, isStockRefusal } from "~/lib/cart"
import { productByHandle } from "~/lib/catalogue.server"
import { formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import type { MessageKey } from "~/lib/i18n"
import { imageUrl } from "~/lib/image-url"
import { BackendError } from "~/lib/medusa.server"
import { inStock, maxQuantity, optionValues, productJsonLd, selectedVariant, variantFor } from "~/lib/product-view"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { optionTitle } from "~/lib/option-title"
import { slotRefusal } from "~/lib/slot-refusal"
import { useLocale, useT } from "~/lib/use-t"

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const product = await productByHandle(shop, params.handle)
  const url = new URL(request.url)
  const variant = selectedVariant(product, url.searchParams.get("variant"))
  const path = `/products/${product.handle}`
  const image = product.images?.[0]?.url ?? product.thumbnail ?? null
  return {
    meta: {
      title: `${product.title} · Creative Market`,
      description: (product.subtitle || product.description || product.title).slice(0, 160),
      path,
      image,
      type: "product",
    },
    product,
    variantId: variant?.id ?? null,
    // a creator may price only in some currencies: a missing price is then not a stock question
    currency: shop.currency,
    // a service booked by time: the slot picker replaces the plain add-to-cart form
    picker: product.listing?.kind === "service" ? await slotPicker(product.id, variant?.id ?? null, url) : null,
    today: new Date().toISOString().slice(0, 10),
    // the earliest date a service can be booked, decided once on the server (the page must not differ on hydration)
    earliestServiceDate: new Date(Date.now() + (product.listing?.service_lead_time_days ?? 0) * 86_400_000).toISOString().slice(0, 10),
    jsonLd: productJsonLd(
      product,
      variant,
      `${env.STOREFRONT_URL}/${shop.locale}${path}`,
      image ? `${env.STOREFRONT_URL}${imageUrl(image, 1080)}` : null,
    ),
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const form = await request.formData()
  const variantId = String(form.get("variant_id") ?? "")
  if (form.get("intent") === "slot") {
    const start = String(form.get("start") ?? "")
    if (!/^variant_\w+$/.test(variantId) || Number.isNaN(Date.parse(start))) return data({ ok: false as const }, { status: 400 })
    const held = await holdSlot(shop, variantId, start)
    if (held.ok) return held
    // the backend refuses in English: the visitor reads it in the page's language
    const message = translate(shop.locale, held.taken ? "booking.taken" : slotRefusal(held.message))
    return data({ ok: false as const, message }, { status: 400 })
  }
  const quantity = Math.min(99, Math.max(1, Number(form.get("quantity") ?? 1) || 1))
  const date = String(form.get("service_date") ?? "")
  if (!/^variant_\w+$/.test(variantId)) return data({ ok: false as const }, { status: 400 })
  try {
    await addToCart(shop, {
      variant_id: variantId,
      quantity,
      ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { metadata: { requested_date: date } } : {}),
    })
  } catch (error) {
    if (!(error instanceof BackendError) || error.status >= 500) throw error
    // Medusa says "…does not have the required inventory" in English: the buyer reads it in their
    // language, and asking for several is told apart from none being left
    const short = quantity > 1 ? "product.notEnoughStock" : "product.outOfStock"
    const message = isStockRefusal(error.message)
      ? translate(shop.locale, short)
      : isOneCopyRefusal(error.message)
        ? translate(shop.locale, "product.oneCopy")
        : error.message
    return data({ ok: false as const, message }, { status: 400 })
  }
  return { ok: true as const }
}

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { product, variantId, jsonLd, earliestServiceDate, picker, today, currency } = loaderData
  const t = useT()
  const locale = useLocale()
  const fetcher = useFetcher<typeof action>()
  const variant = (product.variants ?? []).find((v) => v.id === variantId) ?? null
  const price = variant?.calculated_price
  const unpriced = Boolean(variant) && price?.calculated_amount == null
  const available = inStock(variant) && !unpriced
  const chosen = optionValues(variant)
  const images = product.images?.length ? product.images : product.thumbnail ? [{ id: "thumb", url: product.thumbnail }] : []
  const kind = product.listing?.kind ?? "physical"
  return (
    <main id="main" className="container-page py-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <div className="grid gap-10 lg:grid-cols-2">
        <ProductGallery images={images} title={product.title} />
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-saffron-700">{t(`kind.${kind}` as MessageKey)}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">{product.title}</h1>
          {product.creator ? (
            <p className="mt-1 text-stone-700">
              <Link to={`/${locale}/creators/${product.creator.handle}`} className="hover:underline">
                {t("product.by", { name: product.creator.name })}
              </Link>
            </p>
          ) : null}
          <p className="mt-4 text-2xl font-semibold" data-testid="price">
            {price?.calculated_amount != null
              ? formatMoney(price.calculated_amount, price.currency_code, locale)
              : unpriced
                ? t("product.notSoldIn", { currency: currency.toUpperCase() })
                : t("product.unavailable")}
          </p>
          {unpriced ? (
            <p className="mt-1 text-sm text-stone-700" data-testid="other-currency">
              <a href="#currency" className="underline">
                {t("product.otherCurrency")}
              </a>
            </p>
          ) : null}
          {(product.options ?? [])
            .filter((option) => (option.values ?? []).length > 1 || (product.variants ?? []).length > 1)
            .map((option) => (
              <fieldset key={option.id} className="mt-6">
                <legend className="mb-2 text-sm font-semibold">{optionTitle(option.title, t)}</legend>
                <div className="flex flex-wrap gap-2">
                  {(option.values ?? []).map((value) => {
                    const target = variantFor(product, variant, option.id, value.value)
                    const active = chosen[option.id] === value.value
                    return target ? (
                      <Link
                        key={value.id}
                        to={`?variant=${target.id}`}
                        replace
                        preventScrollReset
                        aria-current={active ? "true" : undefined}
                        className={`rounded-md border px-3 py-1.5 text-sm ${active ? "border-brand-600 bg-brand-50 font-semibold text-brand-700" : "border-stone-300 hover:border-stone-500"}`}
                      >
                        {value.value}
                      </Link>
                    ) : null
                  })}
                </div>
              </fieldset>
            ))}
          {picker ? <SlotPicker picker={picker} today={today} /> : null}
          <fetcher.Form method="post" className="mt-6 space-y-4" hidden={Boolean(picker)}>
            <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
            {kind === "service" && product.listing?.service_date_required ? (
              <div>
                <label htmlFor="service_date" className="label">
                  {t("product.service.date")}
                </label>
                <input
                  id="service_date"
                  name="service_date"
                  type="date"
                  required
                  min={earliestServiceDate}
                  className="input w-auto"
                  aria-describedby="service_date_help"
                />
                <p id="service_date_help" className="mt-1 text-xs text-stone-600">
                  {t("product.service.dateHelp")}
                </p>
              </div>
            ) : null}
            <div className="flex items-end gap-3">
              {kind === "physical" ? (
                <div>
                  <label htmlFor="quantity" className="label">
                    {t("product.quantity")}
                  </label>
                  <input
                    id="quantity"
                    name="quantity"
                    type="number"
                    min={1}
                    max={maxQuantity(variant)}
                    defaultValue={1}
                    className="input w-20"
                  />
                </div>
              ) : null}
              <button type="submit" className="btn-primary px-6 py-3 text-base" disabled={!available || fetcher.state !== "idle"}>
                {available || unpriced ? t("product.addToCart") : t("product.outOfStock")}
              </button>
            </div>
            <AddedToCart result={fetcher.data} />
          </fetcher.Form>
          <ProductDetails product={product} variantTitle={variant?.title ?? ""} />
          {product.creator ? (
            <section aria-labelledby="creator-heading" className="card mt-8 flex items-start gap-4 p-4">
              <Img
                src={product.creator.logo_url}
                alt=""
                width={64}
                height={64}
                sizes="64px"
                widths={[160]}
                className="h-16 w-16 shrink-0 rounded-full object-cover"
              />
              <div>
                <h2 id="creator-heading" className="text-sm font-semibold text-stone-600">
                  {t("product.aboutCreator")}
                </h2>
                <p className="font-semibold">{product.creator.name}</p>
                {product.creator.bio ? <p className="mt-1 line-clamp-3 text-sm text-stone-700">{product.creator.bio}</p> : null}
                <Link
                  to={`/${locale}/creators/${product.creator.handle}`}
                  className="mt-2 inline-block text-sm font-semibold text-brand-700 hover:underline"
                >
                  {t("product.visitShop")}
                </Link>
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
