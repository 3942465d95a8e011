import { errorMessage, formatMoney } from "@creative-market/admin-ui"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { usePayoutAction, type PayoutAction } from "../hooks/payouts"
import type { Payout } from "../lib/types"
import { PayPayoutDrawer } from "./pay-payout-drawer"

/**
 * The steps a payout can still take: approve (proposed); pay (approved): record the operator's bank
 * transfer, or send a Stripe transfer to a shop paid through Stripe Connect; cancel (until paid).
 */
export const PayoutActions = ({ payout }: { payout: Payout }) => {
  const prompt = usePrompt()
  const [paying, setPaying] = useState(false)
  const { mutate, isPending, error, reset } = usePayoutAction(payout.id)
  const amount = formatMoney(payout.amount, payout.currency_code)
  const who = payout.creator?.name ?? payout.creator_id

  const run = (action: PayoutAction, done: string) =>
    mutate(action, {
      onSuccess: () => {
        toast.success(done)
        setPaying(false)
      },
      onError: (e) => toast.error(errorMessage(e)),
    })

  const confirmThen = async (title: string, description: string, action: PayoutAction, done: string) => {
    if (await prompt({ title, description, confirmText: "Yes", cancelText: "No" })) run(action, done)
  }

  return (
    <div className="flex justify-end gap-x-2">
      {payout.status === "proposed" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={isPending}
          onClick={() => confirmThen("Approve payout?", `${amount} to ${who}.`, { action: "approve" }, `Payout of ${amount} approved.`)}
        >
          Approve
        </Button>
      )}
      {payout.status === "approved" && payout.provider === "stripe-connect" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={isPending}
          onClick={() =>
            confirmThen(
              "Send Stripe transfer?",
              `${amount} to ${who}'s Stripe account, once (the payout id is the transfer's idempotency key).`,
              { action: "pay" },
              `Stripe transfer of ${amount} sent.`,
            )
          }
        >
          Send Stripe transfer
        </Button>
      )}
      {payout.status === "approved" && payout.provider !== "stripe-connect" && (
        <Button
          size="small"
          variant="secondary"
          onClick={() => {
            reset()
            setPaying(true)
          }}
        >
          Record bank transfer
        </Button>
      )}
      {(payout.status === "proposed" || payout.status === "approved") && (
        <Button
          size="small"
          variant="transparent"
          isLoading={isPending && !paying}
          onClick={() =>
            confirmThen(
              "Cancel payout?",
              `${amount} to ${who} will not be sent; the next proposal takes the balance as it is then.`,
              { action: "cancel" },
              "Payout cancelled.",
            )
          }
        >
          Cancel
        </Button>
      )}
      <PayPayoutDrawer
        payout={payout}
        open={paying}
        onOpenChange={setPaying}
        isPending={isPending}
        error={paying ? error : null}
        onConfirm={(body) => run({ action: "pay", ...body }, `Transfer of ${amount} recorded.`)}
      />
    </div>
  )
}
