import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ModerationStatus } from "../../../../modules/listing/types"
import { ModerationTable } from "../../../components/moderation-table"
import { useStatusTab } from "../../../components/status-tabs"

const TABS: ModerationStatus[] = ["pending", "rejected", "approved"]

/** The listing moderation queue (when the marketplace settings require moderation). */
const ModerationPage = () => {
  const { status, bar } = useStatusTab(TABS)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Listing moderation</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          New and edited listings wait here while moderation is switched on in the marketplace settings.
        </Text>
      </div>
      {bar}
      <ModerationTable key={status} status={status} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Moderation" })

export const handle = { breadcrumb: () => "Moderation" }

export default ModerationPage
