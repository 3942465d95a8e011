import { formatDate, formatDateTime } from "@creative-market/admin-ui"
import { Avatar, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { LEGAL_TYPE_LABELS, PROGRAMME_LABELS } from "../lib/format"
import type { CreatorDetail } from "../lib/types"
import { CreatorActions } from "./creator-actions"
import { StatusBadge } from "./status-badge"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-line break-words">
      {children ?? "–"}
    </Text>
  </div>
)

/** What the shop told us at sign-up, its status and the decisions open to the operator. */
export const CreatorProfile = ({ creator }: { creator: CreatorDetail }) => (
  <Container className="divide-y p-0">
    {creator.banner_url && <img src={creator.banner_url} alt="" className="h-32 w-full rounded-t-lg object-cover" />}
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div className="flex items-center gap-x-3">
        <Avatar src={creator.logo_url ?? undefined} fallback={creator.name.charAt(0).toUpperCase()} />
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{creator.name}</Heading>
            <StatusBadge status={creator.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            @{creator.handle}
          </Text>
        </div>
      </div>
      <CreatorActions creator={creator} />
    </div>
    {creator.status_reason && (
      <Row label={`Reason (${creator.status}, ${formatDateTime(creator.status_changed_at)})`}>{creator.status_reason}</Row>
    )}
    <Row label="Programme">{PROGRAMME_LABELS[creator.programme] ?? creator.programme}</Row>
    <Row label="Legal type">{LEGAL_TYPE_LABELS[creator.legal_type] ?? creator.legal_type}</Row>
    <Row label="VÖEN (tax ID)">{creator.tax_id}</Row>
    <Row label="E-mail">{creator.email}</Row>
    <Row label="Country">{creator.country_code.toUpperCase()}</Row>
    <Row label="Signed up">{formatDate(creator.created_at)}</Row>
    <Row label="Bio">{creator.bio}</Row>
  </Container>
)
