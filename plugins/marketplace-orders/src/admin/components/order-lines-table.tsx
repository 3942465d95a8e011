import { formatMoney } from "@creative-market/admin-ui"
import { Table } from "@medusajs/ui"
import type { MarketplaceOrder } from "../lib/types"

/** The creator's lines: what the buyer paid, what was refunded and what is left. */
export const OrderLinesTable = ({ order }: { order: MarketplaceOrder }) => {
  const money = (n: number) => formatMoney(n, order.currency_code)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Line</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Paid</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Refunded</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Left</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {order.lines.map((line) => (
          <Table.Row key={line.id}>
            <Table.Cell>{line.title}</Table.Cell>
            <Table.Cell className="text-right">
              {line.quantity}
              {line.refunded_quantity ? ` (${line.refunded_quantity} refunded)` : ""}
            </Table.Cell>
            <Table.Cell className="text-right">{money(line.total)}</Table.Cell>
            <Table.Cell className="text-right">{money(line.refunded_amount)}</Table.Cell>
            <Table.Cell className="text-right">{money(line.refundable_amount)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
