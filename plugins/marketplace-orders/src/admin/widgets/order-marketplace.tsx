import { formatMoney, LoadState, titleCase } from "@creative-market/admin-ui"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CancelCreatorOrder } from "../components/cancel-creator-order"
import { CapturePurchase } from "../components/capture-purchase"
import { OrderEarnings } from "../components/order-earnings"
import { OrderLinesTable } from "../components/order-lines-table"
import { RefundLineForm } from "../components/refund-line-form"
import { useMarketplaceOrder } from "../hooks/marketplace-order"
import { PAYMENT_COLORS } from "../lib/format"

/**
 * On an order's page, for a creator's order of a split purchase: the creator, its lines and what
 * was refunded, what the creator earns of it, and the operator's refund and cancel forms (the payment lives on the purchase,
 * so Medusa's own refund button cannot be used for these orders).
 */
const OrderMarketplaceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useMarketplaceOrder(order.id)
  const mo = data?.marketplace_order
  // an order nobody sold through the marketplace split has nothing to show
  if (mo && !mo.creator) return null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Marketplace</Heading>
        {mo?.order_group && (
          <StatusBadge color={PAYMENT_COLORS[mo.order_group.payment_status] ?? "green"}>
            Purchase #{mo.order_group.display_id} · {titleCase(mo.order_group.payment_status)}
          </StatusBadge>
        )}
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {mo?.creator && (
        <>
          <div className="flex items-center justify-between gap-x-2 px-6 py-4">
            <Link to={`/creators/${mo.creator.id}`} className="flex flex-col hover:underline">
              <Text size="small" weight="plus">
                {mo.creator.name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                @{mo.creator.handle}
              </Text>
            </Link>
            <Text size="small">Refunded so far: {formatMoney(mo.refunded_total, mo.currency_code)}</Text>
          </div>
          <CapturePurchase order={mo} />
          <OrderLinesTable order={mo} />
          <OrderEarnings order={mo} />
          {mo.status !== "canceled" && (
            <div className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h3">Refund a line</Heading>
              <RefundLineForm key={mo.refunds.length} order={mo} />
            </div>
          )}
          <div className="flex flex-col gap-y-3 px-6 py-4">
            {mo.status !== "canceled" && <Heading level="h3">Cancel the creator's order</Heading>}
            <CancelCreatorOrder order={mo} />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after", id: "marketplace-orders:order-marketplace" })

export default OrderMarketplaceWidget
