import { z } from "@medusajs/framework/zod"
import { LISTING_KINDS, SERVICE_DELIVERIES } from "../../../modules/listing/types"
import { forMarkets, type Markets } from "../../../utils/markets"
import { handle, translatedText } from "../validators"

/** One price per currency of the store, at least one. */
const prices = (currencies: string[]) =>
  z
    .array(
      z
        .object({
          currency_code: z
            .string()
            .toLowerCase()
            .pipe(z.enum(currencies as [string, ...string[]])),
          amount: z.number().positive().max(10_000_000).multipleOf(0.01),
        })
        .strict(),
    )
    .min(1)
    .max(currencies.length)
    .refine((list) => new Set(list.map((p) => p.currency_code)).size === list.length, "prices must not repeat a currency")

const variant = (markets: Markets) =>
  z
    .object({
      title: z.string().trim().min(1).max(120),
      sku: z.string().trim().max(64).nullish(),
      options: z.record(z.string().max(60), z.string().max(120)).optional(),
      prices: prices(markets.currencies),
      /** physical goods only: units in stock at the marketplace's location */
      stock: z.number().int().min(0).max(1_000_000).optional(),
      weight: z.number().int().positive().max(1_000_000).nullish(),
    })
    .strict()

const service = z
  .object({
    delivery: z.enum(SERVICE_DELIVERIES),
    lead_time_days: z.number().int().min(0).max(365),
    date_required: z.boolean().default(false),
  })
  .strict()

const digital = z
  .object({
    download_limit: z.number().int().min(1).max(100).default(5),
    download_ttl_hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(72),
  })
  .strict()

// updates change only what they name: no defaults filled in
const serviceUpdate = z
  .object({ delivery: z.enum(SERVICE_DELIVERIES), lead_time_days: z.number().int().min(0).max(365), date_required: z.boolean() })
  .partial()
  .strict()
const digitalUpdate = z
  .object({
    download_limit: z.number().int().min(1).max(100),
    download_ttl_hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 365),
  })
  .partial()
  .strict()

const textFields = ({ locales }: Markets) => ({
  title: z.string().trim().min(1).max(200),
  subtitle: z.string().trim().max(200).nullish(),
  description: z.string().max(10_000).nullish(),
  translations: z
    .object({ title: translatedText(locales, 200), subtitle: translatedText(locales, 200), description: translatedText(locales, 10_000) })
    .partial()
    .strict()
    .optional(),
  category_ids: z.array(z.string().max(100)).max(10).optional(),
  tags: z
    .array(z.string().trim().min(1).max(60))
    .max(20)
    .transform((tags) => [...new Set(tags)])
    .optional(),
})

type OptionsPayload = { options?: { title: string; values: string[] }[]; variants: { options?: Record<string, string> }[] }

/** Each variant picks one declared value of every declared option, and no two pick the same. */
function checkVariantOptions(product: OptionsPayload, ctx: z.RefinementCtx) {
  const declared = product.options ?? []
  if (new Set(declared.map((o) => o.title)).size !== declared.length) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "options need distinct titles" })
    return
  }
  declared.forEach((option, i) => {
    if (new Set(option.values).size !== option.values.length)
      ctx.addIssue({ code: "custom", path: ["options", i, "values"], message: `options.${i}.values: ${option.title} lists a value twice` })
  })
  const seen = new Set<string>()
  product.variants.forEach((variant, i) => {
    const chosen = variant.options ?? {}
    const path = ["variants", i, "options"]
    if (!declared.length) {
      if (Object.keys(chosen).length)
        ctx.addIssue({ code: "custom", path, message: `variants.${i}.options: declare the options first (options: [{ title, values }])` })
      return
    }
    const unknown = Object.keys(chosen).filter((title) => !declared.some((o) => o.title === title))
    if (unknown.length)
      ctx.addIssue({
        code: "custom",
        path,
        message: `variants.${i}.options: ${unknown.join(", ")} is not among the declared options (${declared.map((o) => o.title).join(", ")})`,
      })
    for (const option of declared) {
      const value = chosen[option.title]
      if (value === undefined) ctx.addIssue({ code: "custom", path, message: `variants.${i}.options: choose a value for ${option.title}` })
      else if (!option.values.includes(value))
        ctx.addIssue({
          code: "custom",
          path,
          message: `variants.${i}.options: ${option.title} is one of ${option.values.join(", ")}, not ${value}`,
        })
    }
    const combination = JSON.stringify(declared.map((o) => chosen[o.title]))
    if (seen.has(combination))
      ctx.addIssue({ code: "custom", path, message: `variants.${i}.options: another variant already has these option values` })
    seen.add(combination)
  })
}

export const CreatorCreateProduct = forMarkets((markets) =>
  z
    .object({
      kind: z.enum(LISTING_KINDS),
      handle: handle.optional(),
      ...textFields(markets),
      options: z
        .array(
          z.object({ title: z.string().trim().min(1).max(60), values: z.array(z.string().trim().min(1).max(120)).min(1).max(50) }).strict(),
        )
        .max(3)
        .optional(),
      variants: z.array(variant(markets)).min(1).max(50),
      service: service.optional(),
      digital: digital.optional(),
    })
    .strict()
    .superRefine((product, ctx) => {
      if (product.kind === "service" && !product.service)
        ctx.addIssue({ code: "custom", path: ["service"], message: "service is required for a service listing (delivery, lead_time_days)" })
      if (product.kind !== "service" && product.service)
        ctx.addIssue({ code: "custom", path: ["service"], message: `service is only for service listings, not ${product.kind}` })
      if (product.kind !== "digital" && product.digital)
        ctx.addIssue({ code: "custom", path: ["digital"], message: `digital is only for digital listings, not ${product.kind}` })
      product.variants.forEach((v, i) => {
        if (product.kind !== "physical" && (v.stock !== undefined || v.weight != null)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "stock"],
            message: `variants.${i}: stock and weight are only for physical goods; a ${product.kind} listing is never shipped`,
          })
        }
      })
      checkVariantOptions(product, ctx)
      if (new Set(product.variants.map((v) => v.title)).size !== product.variants.length) {
        ctx.addIssue({ code: "custom", path: ["variants"], message: "variants need distinct titles to tell them apart" })
      }
      for (const field of ["subtitle", "description"] as const) {
        if (product.translations?.[field] && !product[field]) {
          ctx.addIssue({
            code: "custom",
            path: ["translations", field],
            message: `translations.${field} needs the ${field} itself too (the text in the base language)`,
          })
        }
      }
    }),
)
export type CreatorCreateProductType = z.infer<ReturnType<typeof CreatorCreateProduct>>

export const CreatorUpdateProduct = forMarkets((markets) =>
  z
    .object({ ...textFields(markets), service: serviceUpdate.optional(), digital: digitalUpdate.optional() })
    .partial()
    .strict(),
)
export type CreatorUpdateProductType = z.infer<ReturnType<typeof CreatorUpdateProduct>>

export const CreatorCreateVariant = forMarkets(variant)
export type CreatorCreateVariantType = z.infer<ReturnType<typeof CreatorCreateVariant>>

export const CreatorUpdateVariant = forMarkets((markets) => variant(markets).partial().strict())
export type CreatorUpdateVariantType = z.infer<ReturnType<typeof CreatorUpdateVariant>>

export const CreatorListProducts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(["draft", "published"]).optional(),
    q: z.string().max(200).optional(),
  })
  .strict()
export type CreatorListProductsType = z.infer<typeof CreatorListProducts>
