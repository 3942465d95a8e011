import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { BalancesTable } from "../../../components/balances-table"

/** What the marketplace owes each shop, per currency: the ledger the payouts are proposed from. */
const BalancesPage = () => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h1">Balances</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Earnings less commission, per shop and currency. Held earnings become available after the holding period; the daily job proposes a
        payout of what is available.
      </Text>
    </div>
    <BalancesTable />
  </Container>
)

export const config = defineRouteConfig({ label: "Balances" })

export const handle = { breadcrumb: () => "Balances" }

export default BalancesPage
