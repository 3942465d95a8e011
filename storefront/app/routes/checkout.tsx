import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/checkout"
import { CartTotals } from "~/components/cart-totals"
import { AddressFields } from "~/components/address-fields"
import { CheckoutPayment } from "~/components/checkout-payment"
import { currentCustomer } from "~/lib/account.server"
import { needsShipping } from "~/lib/cart"
import { currentCart, groupByCreator } from "~/lib/cart.server"
import {
  contactDone,
  deliveriesFor,
  parseContact,
  paymentProviders,
  shippingOptions,
  staleMethods,
  startPayment,
} from "~/lib/checkout.server"
import { formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import { BackendError, store } from "~/lib/medusa.server"
import { choosePaymentProvider, paymentMethod, placeOrder, SYSTEM_PROVIDER } from "~/lib/payment.server"
import { regionCountries, shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const [cart, customer] = await Promise.all([currentCart(shop), currentCustomer(shop)])
  if (!cart?.items?.length) throw redirect(`/${shop.locale}/cart`)
  const shipping = needsShipping(cart)
  const addressDone = contactDone(cart, shipping)
  const [options, providers] = await Promise.all([
    shipping && addressDone ? shippingOptions(shop, cart) : Promise.resolve([]),
    paymentProviders(shop),
  ])
  const groups = groupByCreator(cart).map((group) => ({
    ...group,
    physical: group.items.some((item) => item.requires_shipping ?? item.product?.listing?.kind === "physical"),
  }))
  const deliveries = shipping ? deliveriesFor(groups, options) : []
  const stale = staleMethods(cart, options)
  const chosen = new Set((cart.shipping_methods ?? []).filter((m) => !stale.includes(m)).map((m) => m.shipping_option_id))
  const shippingDone = !shipping || (!stale.length && deliveries.every((d) => d.options.some((o) => chosen.has(o.id))))
  return {
    title: translate(shop.locale, "checkout.title"),
    cart,
    groups,
    customerEmail: customer?.email ?? null,
    savedAddress: customer?.addresses?.[0] ?? null,
    countries: regionCountries(shop),
    shipping,
    addressDone,
    deliveries,
    shippingDone,
    chosen: [...chosen],
    staleDeliveries: stale.map((m) => m.name),
    payment: addressDone && shippingDone ? await paymentMethod(shop, cart, providers) : null,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

/**
 * A step the backend refuses (say a line's shop was suspended after it entered the cart, so Medusa
 * will not refresh the cart) is told on the page with the backend's reason, not as a server error.
 */
async function refusedStep(run: () => Promise<Response>) {
  try {
    return await run()
  } catch (error) {
    if (error instanceof BackendError && error.status < 500) return data({ stepFailed: error.message }, { status: 400 })
    throw error
  }
}

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const cart = await currentCart(shop)
  if (!cart) throw redirect(`/${shop.locale}/cart`)
  const form = await request.formData()
  const intent = form.get("intent")
  if (intent === "address") {
    const parsed = parseContact(form, needsShipping(cart))
    if (parsed.errors) return data({ errors: parsed.errors }, { status: 400 })
    const { email, address } = parsed
    return refusedStep(async () => {
      // with nothing to ship the "shipping" address is the name and country alone: Medusa computes tax from it
      await store(`/store/carts/${cart.id}`, {
        method: "POST",
        body: { email, shipping_address: address, billing_address: address },
        token: shop.token,
      })
      return redirect(`/${shop.locale}/checkout#delivery`)
    })
  }
  if (intent === "shipping") {
    return refusedStep(async () => {
      for (const [key, value] of form) {
        if (key.startsWith("option_") && typeof value === "string" && /^so_\w+$/.test(value)) {
          await store(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: value }, token: shop.token })
        }
      }
      return redirect(`/${shop.locale}/checkout#payment`)
    })
  }
  if (intent === "place") {
    // the system provider only: with Stripe on, money moves through the Payment Element and /checkout/return
    if (choosePaymentProvider(await paymentProviders(shop)) !== SYSTEM_PROVIDER) return data({ failed: "" }, { status: 400 })
    try {
      await startPayment(shop, cart, SYSTEM_PROVIDER)
    } catch (error) {
      if (error instanceof BackendError && error.status < 500) return data({ failed: error.message }, { status: 400 })
      throw error
    }
    const placed = await placeOrder(shop, cart.id)
    return placed.ok ? redirect(placed.to) : data({ failed: placed.reason }, { status: 400 })
  }
  return null
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { cart, groups, deliveries, chosen } = loaderData
  const t = useT()
  const locale = useLocale()
  const errors = (actionData && "errors" in actionData ? actionData.errors : {}) as Record<
    string,
    "checkout.fieldRequired" | "checkout.emailInvalid"
  >
  const address = cart.shipping_address ?? loaderData.savedAddress
  return (
    <main id="main" className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("checkout.title")}</h1>
      {actionData && "stepFailed" in actionData ? (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t("checkout.stepFailed", { reason: actionData.stepFailed })}
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <section aria-labelledby="address-heading" className="card p-5">
            <h2 id="address-heading" className="text-lg font-semibold">
              1. {t("checkout.contact")} · {t(loaderData.shipping ? "checkout.address" : "checkout.buyerDetails")}
            </h2>
            {loaderData.customerEmail ? (
              <p className="mt-1 text-sm text-stone-600">{t("checkout.signedInAs", { email: loaderData.customerEmail })}</p>
            ) : (
              <p className="mt-1 text-sm text-stone-600">{t("checkout.guestHint")}</p>
            )}
            {loaderData.shipping ? null : (
              <p data-testid="no-address-needed" className="mt-1 text-sm text-stone-600">
                {t("checkout.noAddressNeeded")}
              </p>
            )}
            <Form method="post" className="mt-4 space-y-4" noValidate>
              <input type="hidden" name="intent" value="address" />
              <AddressFields
                email={cart.email ?? loaderData.customerEmail ?? ""}
                address={address}
                countries={loaderData.countries}
                errors={errors}
                contactOnly={!loaderData.shipping}
              />
              <button type="submit" className="btn-primary">
                {t("checkout.save")}
              </button>
            </Form>
          </section>
          <section id="delivery" aria-labelledby="delivery-heading" className="card p-5">
            <h2 id="delivery-heading" className="text-lg font-semibold">
              2. {t("checkout.shipping")}
            </h2>
            {!loaderData.shipping ? (
              <p className="mt-2 text-sm text-stone-700">{t("checkout.noShipping")}</p>
            ) : !loaderData.addressDone ? (
              <p className="mt-2 text-sm text-stone-600">{t("checkout.stepsMissing")}</p>
            ) : (
              <Form method="post" className="mt-4 space-y-5">
                {loaderData.staleDeliveries.length ? (
                  <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                    {t("checkout.deliveryChanged", { names: loaderData.staleDeliveries.join(", ") })}
                  </p>
                ) : null}
                <input type="hidden" name="intent" value="shipping" />
                {deliveries.map((delivery) => (
                  <fieldset key={delivery.key}>
                    <legend className="mb-2 text-sm font-semibold">{t("checkout.shippingFor", { name: delivery.name })}</legend>
                    <div className="space-y-2">
                      {delivery.options.map((option, index) => (
                        <label
                          key={option.id}
                          className="flex items-center gap-3 rounded-md border border-stone-200 p-3 text-sm has-[:checked]:border-brand-600"
                        >
                          <input
                            type="radio"
                            name={`option_${delivery.key}`}
                            value={option.id}
                            defaultChecked={chosen.includes(option.id) || (chosen.length === 0 && index === 0)}
                            className="accent-brand-600"
                          />
                          <span className="flex-1">{option.name}</span>
                          <span className="font-semibold">{formatMoney(option.amount, cart.currency_code, locale)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
                <button type="submit" className="btn-primary">
                  {t("checkout.save")}
                </button>
              </Form>
            )}
          </section>
          <section id="payment" aria-labelledby="payment-heading" className="card p-5">
            <h2 id="payment-heading" className="text-lg font-semibold">
              3. {t("checkout.payment")}
            </h2>
            {loaderData.payment ? (
              <CheckoutPayment
                cart={cart}
                payment={loaderData.payment}
                failed={actionData && "failed" in actionData ? actionData.failed : undefined}
              />
            ) : (
              <p className="mt-2 text-sm text-stone-600">
                {t(loaderData.shipping ? "checkout.stepsMissing" : "checkout.stepsMissingContact")}
              </p>
            )}
          </section>
        </div>
        <aside className="card h-fit space-y-4 p-4" aria-labelledby="review-heading">
          <h2 id="review-heading" className="font-semibold">
            {t("checkout.review")}
          </h2>
          {groups.map((group) => (
            <div key={group.creator?.id ?? "m"}>
              {/* not upper-cased: CSS would case an Azerbaijani name by the page's language (i → I, not İ) */}
              <p className="text-xs font-semibold text-stone-600">
                {group.creator ? t("cart.soldBy", { name: group.creator.name }) : t("brand.name")}
              </p>
              <ul className="mt-1 space-y-1 text-sm">
                {group.items.map((item) => (
                  <li key={item.id} className="flex justify-between gap-2">
                    <span>
                      {item.quantity} × {item.title}
                    </span>
                    <span className="whitespace-nowrap">{formatMoney(item.total, cart.currency_code, locale)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <CartTotals cart={cart} />
        </aside>
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
