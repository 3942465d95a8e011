import { model } from "@medusajs/framework/utils"

export const ORDER_GROUP_STATUSES = ["placed", "completed", "canceled"] as const

/**
 * What the buyer sees as one purchase: one cart, one payment, one Medusa order per creator
 * (linked through `order-group-order`). `cart_id` is unique, so a cart can never be completed
 * into two groups, whatever the application code does.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    display_id: model.autoincrement(),
    cart_id: model.text().unique(),
    email: model.text().nullable(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    subtotal: model.bigNumber(),
    shipping_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    status: model.enum([...ORDER_GROUP_STATUSES]).default("placed"),
    payment_collection_id: model.text().nullable(),
    payment_status: model.text().default("authorized"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id"] }])
