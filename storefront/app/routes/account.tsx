import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/account"
import { AddressFields } from "~/components/address-fields"
import { BookingSlot } from "~/components/booking-slot"
import { DownloadList } from "~/components/download-list"
import { currentCustomer } from "~/lib/account.server"
import { bookedLineStates } from "~/lib/bookings.server"
import { CheckoutAddress } from "~/lib/checkout.server"
import { countryName } from "~/lib/country"
import { formatDate, formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import { store } from "~/lib/medusa.server"
import { downloads, orderHistory } from "~/lib/orders.server"
import { regionCountries, shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"
import { returnPath } from "~/lib/return-path.server"

export async function loader({ request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const customer = await currentCustomer(shop)
  if (!customer) throw redirect(`/${shop.locale}/account/login?redirectTo=${encodeURIComponent(returnPath(request))}`)
  const [history, files] = await Promise.all([orderHistory(shop), downloads(shop)])
  return {
    title: translate(shop.locale, "account.title"),
    customer,
    // named here, not in the browser: a browser without Azerbaijani region names would name it otherwise
    addresses: (customer.addresses ?? []).map((address) => ({
      ...address,
      country: address.country_code ? countryName(address.country_code, shop.locale) : null,
    })),
    orders: history.map(({ orders: _, ...order }) => order),
    bookings: await bookedLineStates(shop, history),
    downloads: files,
    countries: regionCountries(shop),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  if (!shop.token) throw redirect(`/${shop.locale}/account/login`)
  const form = await request.formData()
  const intent = form.get("intent")
  if (intent === "add-address") {
    const parsed = CheckoutAddress.omit({ email: true }).safeParse(Object.fromEntries(form))
    if (!parsed.success)
      return data(
        { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), "checkout.fieldRequired" as const])) },
        { status: 400 },
      )
    await store("/store/customers/me/addresses", { method: "POST", body: parsed.data, token: shop.token })
  } else if (intent === "delete-address") {
    const id = String(form.get("address_id") ?? "")
    if (/^cuaddr_\w+$/.test(id)) await store(`/store/customers/me/addresses/${id}`, { method: "DELETE", token: shop.token })
  }
  return null
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { customer, orders, addresses, bookings } = loaderData
  const t = useT()
  const locale = useLocale()
  return (
    <main id="main" className="container-page max-w-4xl py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("account.title")}</h1>
          <p className="text-stone-700">{t("account.hello", { name: customer.first_name || customer.email })}</p>
        </div>
        <Form method="post" action={`/${locale}/account/logout`}>
          <button type="submit" className="btn-secondary">
            {t("account.logout")}
          </button>
        </Form>
      </div>
      <section aria-labelledby="orders" className="card mt-8 p-5">
        <h2 id="orders" className="text-xl font-semibold">
          {t("account.orders")}
        </h2>
        {orders.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">{t("account.noOrders")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-100">
            {orders.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <Link
                  to={`/${locale}/orders/${order.id}${order.group ? "?group=1" : ""}`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {t("account.order", { number: `#${order.display_id}` })}
                </Link>
                <span className="text-stone-600">{t("account.placed", { date: formatDate(order.created_at, locale) })}</span>
                {order.shipping ? (
                  <span className="rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800" data-testid="shipping-state">
                    {t(`account.shipping.${order.shipping}`)}
                  </span>
                ) : null}
                <span className="text-stone-600">{(order.items ?? []).map((i) => i.title).join(", ")}</span>
                {(order.items ?? []).map((item) => (
                  <BookingSlot key={item.id} metadata={item.metadata} cancelled={bookings[item.id] === "cancelled"} />
                ))}
                {/* only while a booking can still change: a cancelled one, or one past the shop's window, has nothing to manage */}
                {(order.items ?? []).some((item) => bookings[item.id] === "changeable") ? (
                  <Link to={`/${locale}/orders/${order.id}${order.group ? "?group=1" : ""}#bookings`} className="text-brand-700 underline">
                    {t("booking.manage")}
                  </Link>
                ) : null}
                {order.cancelled ? (
                  <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800" data-testid="cancel-state">
                    {t(order.cancelled === "cancelled" ? "order.cancelled" : "order.partlyCancelled")}
                  </span>
                ) : null}
                {order.refunded_total ? (
                  <span className="text-stone-600" data-testid="refunded">
                    {t("order.refunded", { amount: formatMoney(order.refunded_total, order.currency_code, locale) })}
                  </span>
                ) : null}
                <span className="font-semibold">{formatMoney(order.total, order.currency_code, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="downloads" className="card mt-6 p-5">
        <h2 id="downloads" className="mb-2 text-xl font-semibold">
          {t("account.downloads")}
        </h2>
        <DownloadList downloads={loaderData.downloads} />
      </section>
      <section aria-labelledby="addresses" className="card mt-6 p-5">
        <h2 id="addresses" className="text-xl font-semibold">
          {t("account.addresses")}
        </h2>
        {addresses.length === 0 ? <p className="mt-2 text-sm text-stone-700">{t("account.noAddresses")}</p> : null}
        <ul className="mt-3 space-y-2">
          {addresses.map((address) => (
            <li key={address.id} className="flex items-start justify-between gap-4 rounded-md border border-stone-200 p-3 text-sm">
              <span>
                {address.first_name} {address.last_name}, {address.address_1}, {address.city} {address.postal_code}
                {address.country ? `, ${address.country}` : null}
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="delete-address" />
                <input type="hidden" name="address_id" value={address.id} />
                <button type="submit" className="text-brand-700 hover:underline">
                  {t("account.deleteAddress")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("account.addAddress")}</summary>
          <Form method="post" className="mt-4 space-y-4">
            <input type="hidden" name="intent" value="add-address" />
            <AddressFields address={null} countries={loaderData.countries} errors={actionData?.errors ?? {}} />
            <button type="submit" className="btn-primary">
              {t("account.addAddress")}
            </button>
          </Form>
        </details>
      </section>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
