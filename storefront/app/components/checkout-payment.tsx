import { lazy, Suspense, useSyncExternalStore } from "react"
import { Form, useNavigation } from "react-router"
import { formatMoney } from "~/lib/format"
import type { Cart, CheckoutPaymentMethod } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

// Stripe's React bindings and loader stay out of every other page's JavaScript
const StripePayment = lazy(() => import("./stripe-payment"))

export function CheckoutPayment({ cart, payment, failed }: { cart: Cart; payment: CheckoutPaymentMethod; failed?: string }) {
  const t = useT()
  const locale = useLocale()
  const label = `${t("checkout.place")} · ${formatMoney(cart.total, cart.currency_code, locale)}`
  if (payment.provider === "stripe") {
    if ("unavailable" in payment)
      return (
        <p role="alert" className="mt-4 text-sm text-red-700">
          {t("payment.unavailable")}
        </p>
      )
    return <StripeSection {...payment} label={label} />
  }
  return <SystemPayment id={payment.id} label={label} failed={failed} />
}

const noSubscription = () => () => {}

function StripeSection({ publishableKey, clientSecret, label }: { publishableKey: string; clientSecret: string; label: string }) {
  const t = useT()
  const locale = useLocale()
  // the Payment Element needs the browser: rendered after hydration, never on the server
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const loading = <p className="mt-4 text-sm text-stone-600">{t("payment.loading")}</p>
  if (!hydrated) return loading
  const returnUrl = new URL(`/${locale}/checkout/return`, window.location.origin).href
  return (
    <Suspense fallback={loading}>
      <StripePayment publishableKey={publishableKey} clientSecret={clientSecret} locale={locale} returnUrl={returnUrl} label={label} />
    </Suspense>
  )
}

function SystemPayment({ id, label, failed }: { id: string; label: string; failed?: string }) {
  const t = useT()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("intent") === "place"
  return (
    <Form method="post" className="mt-4 space-y-4">
      <input type="hidden" name="intent" value="place" />
      <fieldset>
        <legend className="sr-only">{t("checkout.payment")}</legend>
        <label className="flex items-center gap-3 rounded-md border border-stone-200 p-3 text-sm has-[:checked]:border-brand-600">
          <input type="radio" name="provider" value={id} defaultChecked className="accent-brand-600" />
          {t("checkout.payManual")}
        </label>
      </fieldset>
      {failed !== undefined ? (
        <p role="alert" className="text-sm text-red-700">
          {t("checkout.failed", { reason: failed || t("error.generic") })}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full py-3 text-base" disabled={busy}>
        {busy ? t("checkout.placing") : label}
      </button>
    </Form>
  )
}
