import type { CreatorOrder } from "~/lib/studio/types"

/** A creator's paid, unshipped order of one copper jug (120 AZN); `patch` changes what a test is about. */
export const creatorOrder = (patch: Partial<CreatorOrder> = {}): CreatorOrder => ({
  id: "order_1",
  display_id: 1,
  status: "pending",
  email: "buyer@example.az",
  currency_code: "azn",
  created_at: "2026-12-06T09:00:00.000Z",
  total: 120,
  payment_status: "captured",
  fulfillment_status: "not_fulfilled",
  fulfillments: [],
  items: [
    {
      id: "item_1",
      title: "Copper jug",
      subtitle: null,
      variant_title: null,
      product_id: "prod_1",
      quantity: 1,
      unit_price: 120,
      requires_shipping: true,
      thumbnail: null,
    },
  ],
  ...patch,
})
