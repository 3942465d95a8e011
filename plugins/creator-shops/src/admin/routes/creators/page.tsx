import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { CREATOR_STATUSES, type CreatorStatus } from "../../../modules/creator/types"
import { CreatorsTable } from "../../components/creators-table"
import { titleCase } from "../../lib/format"

// The onboarding queue first; then the shops that sell, then those taken off the store.
const TABS: CreatorStatus[] = ["pending", "approved", "suspended", "rejected"]

const isStatus = (value: string | null): value is CreatorStatus => (CREATOR_STATUSES as readonly string[]).includes(value ?? "")

/** Operators' list of creators' shops, by status. The tab lives in the URL so "back" keeps it. */
const CreatorsPage = () => {
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = isStatus(requested) ? requested : "pending"

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
      <Tabs value={status} onValueChange={(next) => setParams({ status: next }, { replace: true })}>
        <Tabs.List className="px-6 py-3">
          {TABS.map((tab) => (
            <Tabs.Trigger key={tab} value={tab}>
              {titleCase(tab)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <CreatorsTable key={status} status={status} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Creators", icon: BuildingStorefront })

export const handle = { breadcrumb: () => "Creators" }

export default CreatorsPage
