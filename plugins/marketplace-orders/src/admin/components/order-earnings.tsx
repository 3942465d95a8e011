import { formatMoney } from "@creative-market/admin-ui"
import { Text } from "@medusajs/ui"
import type { MarketplaceOrder } from "../lib/types"

/** How the order's money (net of tax) splits: commission to the marketplace, the rest and the creator's own delivery fee to the creator. */
export const OrderEarnings = ({ order }: { order: MarketplaceOrder }) => {
  const { earnings, currency_code } = order
  const money = (n: number) => formatMoney(n, currency_code)
  const rows: [string, string][] = [
    ["Lines (net of tax)", money(earnings.items)],
    ["Commission", `− ${money(earnings.commission - earnings.commission_reversed)}`],
    ["Creator's delivery fee", money(earnings.delivery)],
    ["Reversed by refunds", `− ${money(earnings.reversed)}`],
    ["Creator earns", money(earnings.net)],
  ]
  return (
    <dl className="grid grid-cols-2 gap-y-1 px-6 py-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <Text size="small" className="text-ui-fg-subtle" asChild>
            <dt>{label}</dt>
          </Text>
          <Text size="small" className="text-right" asChild>
            <dd>{value}</dd>
          </Text>
        </div>
      ))}
    </dl>
  )
}
