import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe, StripeElementLocale } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useState, type FormEvent } from "react"
import type { Locale } from "~/lib/i18n"
import { useT } from "~/lib/use-t"

export type StripePaymentProps = { publishableKey: string; clientSecret: string; locale: Locale; returnUrl: string; label: string }

// Stripe has no Azerbaijani: the browser's language decides there
const STRIPE_LOCALES: Record<Locale, StripeElementLocale> = { az: "auto", en: "en-GB", ru: "ru" }

// one Stripe.js per page and key; `pure` injects js.stripe.com only when this is first called
const loaded = new Map<string, Promise<Stripe | null>>()
function stripeFor(key: string) {
  if (!loaded.has(key)) loaded.set(key, loadStripe(key))
  return loaded.get(key)!
}

/** The Payment Element for the cart's PaymentIntent; this module is loaded only by the checkout page, lazily. */
export default function StripePayment({ publishableKey, clientSecret, locale, ...form }: StripePaymentProps) {
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{ clientSecret, locale: STRIPE_LOCALES[locale], appearance: { theme: "stripe", variables: { borderRadius: "6px" } } }}
    >
      <PaymentForm {...form} />
    </Elements>
  )
}

function PaymentForm({ returnUrl, label }: { returnUrl: string; label: string }) {
  const t = useT()
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function pay(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setError(null)
    // success leaves the page for `returnUrl` (which completes the cart); only a failure comes back here
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } })
    setError(result.error?.message ?? t("error.generic"))
    setBusy(false)
  }

  return (
    <form onSubmit={pay} className="mt-4 space-y-4" data-testid="stripe-form">
      <PaymentElement options={{ layout: "tabs" }} />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {t("checkout.failed", { reason: error.replace(/\.$/, "") })}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full py-3 text-base" disabled={!stripe || !elements || busy}>
        {busy ? t("checkout.placing") : label}
      </button>
    </form>
  )
}
