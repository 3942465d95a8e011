import { formatDateTime } from "@creative-market/admin-ui"
import { Container, Heading, Text } from "@medusajs/ui"
import { useUserNames } from "../hooks/users"
import type { StatusChange } from "../lib/types"
import { StatusBadge } from "./status-badge"

const byNewest = (a: StatusChange, b: StatusChange) => b.created_at.localeCompare(a.created_at)

const actorLabel = (change: StatusChange, names: Map<string, string> | undefined) => {
  if (change.actor_type === "user") return names?.get(change.actor_id ?? "") ?? change.actor_id ?? "an operator"
  if (change.actor_type === "creator") return "the shop's owner"
  return "the marketplace (automatic)"
}

/** Every status change of the shop: from, to, who, when and why; newest first. */
export const CreatorHistory = ({ changes }: { changes: StatusChange[] }) => {
  const sorted = [...changes].sort(byNewest)
  const userIds = [...new Set(sorted.filter((c) => c.actor_type === "user" && c.actor_id).map((c) => c.actor_id!))].sort()
  const { data: names } = useUserNames(userIds)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Status history</Heading>
      </div>
      {sorted.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No status change has been recorded yet.
        </Text>
      )}
      {sorted.map((change) => (
        <div key={change.id} className="flex flex-col gap-y-1 px-6 py-4">
          <div className="flex flex-wrap items-center gap-x-2">
            {change.from_status && <StatusBadge status={change.from_status} />}
            {change.from_status && <Text size="small">→</Text>}
            <StatusBadge status={change.to_status} />
            <Text size="small" className="text-ui-fg-subtle">
              by {actorLabel(change, names)} · {formatDateTime(change.created_at)}
            </Text>
          </div>
          {change.reason && (
            <Text size="small" className="whitespace-pre-line">
              {change.reason}
            </Text>
          )}
        </div>
      ))}
    </Container>
  )
}
