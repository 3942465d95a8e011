import { Form, useNavigation } from "react-router"
import type { MessageKey } from "~/lib/i18n"
import type { PayoutSettings } from "~/lib/studio/payouts.server"
import { useT } from "~/lib/use-t"
import { Notice } from "./fields"

type Props = { settings: PayoutSettings; owner: boolean; back: string | null; error?: MessageKey }

/**
 * How the shop is paid. With Stripe Connect offered, an owner connects (or finishes connecting) a
 * Stripe account on Stripe's own pages; without it, the marketplace's team pays by bank transfer.
 */
export function PayoutMethod({ settings, owner, back, error }: Props) {
  const t = useT()
  const busy = useNavigation().state === "submitting"
  const connected = Boolean(settings.stripe_account_id)
  const enabled = connected && settings.stripe_payouts_enabled === true
  const [state, badge]: [MessageKey, string] = enabled
    ? ["studio.money.stripeEnabled", "bg-emerald-100 text-emerald-900"]
    : connected
      ? ["studio.money.stripeConnected", "bg-sky-100 text-sky-900"]
      : ["studio.money.stripeNotConnected", "bg-stone-100 text-stone-800"]
  return (
    <section aria-labelledby="method-heading" className="card space-y-3 p-4" data-testid="payout-method">
      <h2 id="method-heading" className="text-lg font-semibold">
        {t("studio.money.method")}
      </h2>
      {back === "return" ? (
        <div role="status">
          <Notice tone="ok">{t("studio.money.stripeReturned")}</Notice>
        </div>
      ) : null}
      {back === "refresh" ? (
        <div role="status">
          <Notice tone="warn">{t("studio.money.stripeExpired")}</Notice>
        </div>
      ) : null}
      {error ? (
        <div role="alert">
          <Notice tone="warn">{t(error)}</Notice>
        </div>
      ) : null}
      {!settings.stripe_connect_configured ? (
        <p className="text-sm text-stone-700">{t("studio.money.manual")}</p>
      ) : (
        <>
          <p className="text-sm">
            <span className="font-medium">{t("studio.money.stripeState")}</span>{" "}
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${badge}`} data-testid="stripe-state">
              {t(state)}
            </span>
          </p>
          <p className="text-sm text-stone-700">
            {t(enabled ? "studio.money.stripeEnabledHint" : connected ? "studio.money.stripeConnectedHint" : "studio.money.stripeHint")}
          </p>
          {enabled ? null : owner ? (
            <Form method="post">
              <button type="submit" name="intent" value="connect" className="btn-primary" disabled={busy}>
                {t(connected ? "studio.money.stripeContinue" : "studio.money.stripeConnect")}
              </button>
            </Form>
          ) : (
            <p className="text-sm text-stone-700">{t("studio.money.ownersOnly")}</p>
          )}
        </>
      )}
    </section>
  )
}
