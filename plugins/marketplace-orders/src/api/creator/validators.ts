import { enumFilter } from "../utils/enum-filter"
import { z } from "@medusajs/framework/zod"
import { forMarkets } from "@creative-market/creator-shops/utils/markets"

const ORDER_STATUSES = ["pending", "completed", "canceled", "requires_action", "archived"] as const

export const CreatorListOrders = z
  .object({
    status: enumFilter("status", ORDER_STATUSES).optional(),
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

/**
 * The option's name in the store's other languages (`{ name: { az, ru } }`, like a listing's texts);
 * `name` itself is the base text. On an update `null` removes a language's name, which then reads
 * as the base text again.
 */
const nameTranslations = (locales: string[], removable: boolean) => {
  const text = z.string().trim().min(1).max(100)
  const name = z
    .object(Object.fromEntries(locales.map((locale) => [locale, removable ? text.nullable() : text])))
    .partial()
    .strict()
  return z.object({ name }).strict().optional()
}

export const CreatorCreateShippingOption = forMarkets(({ locales }) =>
  z
    .object({
      name: z.string().trim().min(1).max(100),
      translations: nameTranslations(locales, false),
      prices: DeliveryPrices,
      // one of the marketplace's zones (GET /creator/shipping-options answers them); the home zone when left out
      service_zone_id: z.string().trim().min(1).optional(),
    })
    .strict(),
)
export type CreatorCreateShippingOptionType = z.infer<ReturnType<typeof CreatorCreateShippingOption>>

export const CreatorUpdateShippingOption = forMarkets(({ locales }) =>
  z
    .object({
      name: z.string().trim().min(1).max(100).optional(),
      translations: nameTranslations(locales, true),
      prices: DeliveryPrices.optional(),
    })
    .strict(),
)
export type CreatorUpdateShippingOptionType = z.infer<ReturnType<typeof CreatorUpdateShippingOption>>
