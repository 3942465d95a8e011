import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { CommissionRuleDrawer } from "../../../components/commission-rule-drawer"
import { CommissionRulesTable } from "../../../components/commission-rules-table"

/** What the marketplace keeps of each order line: rules by creator, category, programme, or the global default. */
const CommissionRulesPage = () => {
  const [creating, setCreating] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Commission rules</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A percentage or a fixed amount per unit; the most specific active rule wins. A change applies to new orders only.
          </Text>
        </div>
        <Button size="small" onClick={() => setCreating(true)}>
          Create
        </Button>
      </div>
      <CommissionRulesTable />
      <CommissionRuleDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Commission rules" })

export const handle = { breadcrumb: () => "Commission rules" }

export default CommissionRulesPage
