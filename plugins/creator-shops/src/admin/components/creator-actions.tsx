import { errorMessage } from "@creative-market/admin-ui"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDecideCreator } from "../hooks/creators"
import { allowedCreatorDecisions, DECISION_COPY } from "../lib/decisions"
import type { CreatorDetail } from "../lib/types"
import { ReasonDrawer } from "./reason-drawer"

const DESCRIPTIONS: Record<string, (name: string) => string> = {
  approve: (name) => `${name} opens: its published listings go on sale and the owner is notified.`,
  reject: (name) => `${name} is not admitted. The owner is notified with your reason.`,
  suspend: (name) => `${name}'s listings leave the store until the shop is approved again. The owner is notified with your reason.`,
}

/** The decisions allowed from the shop's current status, each confirmed in a drawer. */
export const CreatorActions = ({ creator }: { creator: CreatorDetail }) => {
  const [decision, setDecision] = useState<string | null>(null)
  const { mutate, isPending } = useDecideCreator(creator.id)
  const allowed = allowedCreatorDecisions(creator.status)
  const copy = decision ? DECISION_COPY[decision] : null

  const confirm = (reason: string | undefined) => {
    if (!decision) return
    mutate(
      { decision, reason },
      {
        onSuccess: ({ creator: updated }) => {
          toast.success(`${updated.name} is now ${updated.status}.`)
          setDecision(null)
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    )
  }

  return (
    <div className="flex gap-x-2">
      {allowed.map((option) => (
        <Button
          key={option}
          size="small"
          variant={DECISION_COPY[option].danger ? "secondary" : "primary"}
          onClick={() => setDecision(option)}
        >
          {DECISION_COPY[option].label}
        </Button>
      ))}
      <ReasonDrawer
        open={decision !== null}
        onOpenChange={(open) => !open && setDecision(null)}
        title={copy ? `${copy.label} ${creator.name}` : ""}
        description={decision ? DESCRIPTIONS[decision](creator.name) : ""}
        confirmLabel={copy?.label ?? ""}
        reasonRequired={copy?.reasonRequired ?? false}
        danger={copy?.danger}
        isPending={isPending}
        onConfirm={confirm}
      />
    </div>
  )
}
