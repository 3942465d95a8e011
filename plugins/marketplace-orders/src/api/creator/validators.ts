import { z } from "@medusajs/framework/zod"

const ORDER_STATUSES = ["pending", "completed", "canceled", "requires_action", "archived"] as const

export const CreatorListOrders = z
  .object({
    status: z.union([z.enum(ORDER_STATUSES), z.array(z.enum(ORDER_STATUSES))]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type CreatorListOrdersType = z.infer<typeof CreatorListOrders>

export const CreatorShipOrder = z
  .object({
    carrier: z.string().trim().min(1).max(100),
    tracking_number: z.string().trim().min(1).max(100),
    // shown to the buyer as a link: a web address only (z.url() alone takes javascript: and data:)
    tracking_url: z
      .string()
      .trim()
      .max(500)
      .url()
      .refine((url) => /^https?:\/\//i.test(url), "The tracking link must be a web address starting with https:// or http://.")
      .optional(),
  })
  .strict()
export type CreatorShipOrderType = z.infer<typeof CreatorShipOrder>

export const CreatorConfirmService = z
  .object({
    line_item_id: z.string().optional(),
    service_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-31")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "must be a real date"),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
export type CreatorConfirmServiceType = z.infer<typeof CreatorConfirmService>

/** Onboarding takes nothing: the return and refresh pages are the shop's payouts page. */
export const CreatorStripeOnboarding = z.object({}).strict()

// a delivery fee: 0 (free delivery) up to a sane ceiling, in the currency's main unit like every price here
const Fee = z.number().min(0, "must be 0 or more").max(10000, "must be at most 10000")

/** A shop's delivery fee per currency: AZN always, EUR and USD when it also ships to buyers paying in them. */
const DeliveryPrices = z.object({ azn: Fee, eur: Fee.optional(), usd: Fee.optional() }).strict()

export const CreatorCreateShippingOption = z
  .object({
    name: z.string().trim().min(1).max(100),
    prices: DeliveryPrices,
    // one of the marketplace's zones (GET /creator/shipping-options answers them); the home zone when left out
    service_zone_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type CreatorCreateShippingOptionType = z.infer<typeof CreatorCreateShippingOption>

export const CreatorUpdateShippingOption = z
  .object({ name: z.string().trim().min(1).max(100).optional(), prices: DeliveryPrices.optional() })
  .strict()
export type CreatorUpdateShippingOptionType = z.infer<typeof CreatorUpdateShippingOption>
