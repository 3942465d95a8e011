import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { CreatorStatus } from "../../../modules/creator/types"
import { CreatorsTable } from "../../components/creators-table"
import { useStatusTab } from "../../components/status-tabs"

// The onboarding queue first; then the shops that sell, then those taken off the store.
const TABS: CreatorStatus[] = ["pending", "approved", "suspended", "rejected"]

/** Operators' list of creators' shops, by status. The tab lives in the URL so "back" keeps it. */
const CreatorsPage = () => {
  const { status, bar } = useStatusTab(TABS)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Creators</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approve new shops, suspend shops that break the rules.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/settings/marketplace">Settings</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/creators/moderation">Listing moderation</Link>
          </Button>
        </div>
      </div>
      {bar}
      <CreatorsTable key={status} status={status} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Creators", icon: BuildingStorefront })

export const handle = { breadcrumb: () => "Creators" }

export default CreatorsPage
