import { errorMessage } from "@creative-market/admin-ui"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteCommissionRule } from "../hooks/commission-rules"
import { describeRate, SCOPE_LABELS } from "../lib/commission"
import type { CommissionRule } from "../lib/types"
import { CommissionRuleDrawer } from "./commission-rule-drawer"

/** Edit a rule in a drawer, or delete it after a confirmation. */
export const CommissionRuleRowActions = ({ rule }: { rule: CommissionRule }) => {
  const prompt = usePrompt()
  const [editing, setEditing] = useState(false)
  const { mutate, isPending } = useDeleteCommissionRule()

  const remove = async () => {
    const confirmed = await prompt({
      title: "Delete commission rule?",
      description: `${SCOPE_LABELS[rule.scope]}${rule.reference ? ` ${rule.reference}` : ""}: ${describeRate(rule)}. Orders already placed keep their commission.`,
      confirmText: "Delete",
      cancelText: "Keep",
    })
    if (confirmed)
      mutate(rule.id, { onSuccess: () => toast.success("Commission rule deleted."), onError: (e) => toast.error(errorMessage(e)) })
  }

  return (
    <div className="flex justify-end gap-x-2">
      <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
        Edit
      </Button>
      <Button size="small" variant="transparent" isLoading={isPending} onClick={remove}>
        Delete
      </Button>
      <CommissionRuleDrawer rule={rule} open={editing} onOpenChange={setEditing} />
    </div>
  )
}
