/** What Medusa's createOrderFulfillmentWorkflow reads of an order's line to fulfil it and release its stock. */
export const FULFILMENT_ITEM_FIELDS = [
  "items.*",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.id",
  "items.variant.inventory_items.inventory.title",
  "items.variant.inventory_items.inventory.sku",
]

/**
 * An order's lines as that workflow's `items_list`, without their product. Medusa refuses a line
 * whose product's shipping profile is not the option's; a shop's profile follows its options of
 * today, while an order ships by the delivery it was bought with (docs/decisions/054), so the check
 * is left to the completion that placed the order.
 */
export function linesWithoutProduct(items: any[] | null | undefined) {
  return (items ?? []).map((item: any) => ({
    ...item,
    variant: item.variant ? { manage_inventory: item.variant.manage_inventory, inventory_items: item.variant.inventory_items ?? [] } : null,
  }))
}
