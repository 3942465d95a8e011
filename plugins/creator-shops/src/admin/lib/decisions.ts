import { CREATOR_TRANSITIONS, type CreatorDecision, type CreatorStatus } from "../../modules/creator/types"

export type DecisionCopy = { label: string; reasonRequired: boolean; danger: boolean }

/** How each operator decision is offered; the reason is what the creator reads in the e-mail. */
export const DECISION_COPY: Record<CreatorDecision, DecisionCopy> = {
  approve: { label: "Approve", reasonRequired: false, danger: false },
  reject: { label: "Reject", reasonRequired: true, danger: true },
  suspend: { label: "Suspend", reasonRequired: true, danger: true },
}

/** The decisions the backend allows from a shop's current status (the workflow's own table). */
export const allowedCreatorDecisions = (status: CreatorStatus): CreatorDecision[] =>
  Object.entries(CREATOR_TRANSITIONS)
    .filter(([, transition]) => transition.from.includes(status))
    .map(([decision]) => decision)
