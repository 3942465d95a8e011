import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { MODERATION_STATUSES, type ModerationStatus } from "../../../../modules/listing/types"
import { ModerationTable } from "../../../components/moderation-table"
import { titleCase } from "../../../lib/format"

const TABS: ModerationStatus[] = ["pending", "rejected", "approved"]

const isStatus = (value: string | null): value is ModerationStatus => (MODERATION_STATUSES as readonly string[]).includes(value ?? "")

/** The listing moderation queue (when the marketplace settings require moderation). */
const ModerationPage = () => {
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = isStatus(requested) ? requested : "pending"

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Listing moderation</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          New and edited listings wait here while moderation is switched on in the marketplace settings.
        </Text>
      </div>
      <Tabs value={status} onValueChange={(next) => setParams({ status: next }, { replace: true })}>
        <Tabs.List className="px-6 py-3">
          {TABS.map((tab) => (
            <Tabs.Trigger key={tab} value={tab}>
              {titleCase(tab)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <ModerationTable key={status} status={status} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Moderation" })

export const handle = { breadcrumb: () => "Moderation" }

export default ModerationPage
