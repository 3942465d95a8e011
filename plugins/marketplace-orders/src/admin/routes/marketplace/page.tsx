import { titleCase } from "@creative-market/admin-ui"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { PayoutsTable } from "../../components/payouts-table"
import type { PayoutStatus } from "../../lib/types"

// the review queue first, then the transfers to make, then history
const TABS: PayoutStatus[] = ["proposed", "approved", "paid", "canceled"]

const isStatus = (value: string | null): value is PayoutStatus => (TABS as string[]).includes(value ?? "")

/** Creators' payouts for operators to approve, pay by bank transfer or cancel. The tab lives in the URL. */
const MarketplacePage = () => {
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = isStatus(requested) ? requested : "proposed"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Payouts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approve proposed payouts, then record the bank transfer you made.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/marketplace/balances">Balances</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/marketplace/commission-rules">Commission rules</Link>
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
      <PayoutsTable key={status} status={status} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Marketplace", icon: CurrencyDollar })

export const handle = { breadcrumb: () => "Marketplace" }

export default MarketplacePage
