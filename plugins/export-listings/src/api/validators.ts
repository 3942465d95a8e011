import { z } from "@medusajs/framework/zod"
import { isCountryCode } from "../lib/countries"
import { gtinProblem } from "../lib/gtin"
import { isHsLeaf } from "../lib/hs"
import { INCOTERMS } from "../modules/export-listing/types"

const text = (max: number) => z.string().trim().min(1).max(max).nullable().optional()
const size = (unit: string) =>
  z
    .number()
    .int(`must be a whole number of ${unit}`)
    .nonnegative("must not be negative")
    .max(10_000_000, "is too large")
    .nullable()
    .optional()

const gtin = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = gtinProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
  .nullable()
  .optional()

const notInFuture = (date: string) => new Date(date).getTime() <= Date.now()

export const ExportVariantOverrideInput = z
  .object({
    variant_id: z.string().min(1),
    gtin,
    weight_g: size("grams"),
    length_mm: size("millimetres"),
    width_mm: size("millimetres"),
    height_mm: size("millimetres"),
  })
  .strict()

/** The export profile a creator or operator sends; every field optional, null clears it. */
export const ExportProfileInput = z
  .object({
    hs_code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "must be a six-digit HS subheading such as 570110")
      .refine(isHsLeaf, "is not a subheading of HS 2022: pick a six-digit code from the nomenclature")
      .nullable()
      .optional(),
    origin_country: z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .refine(isCountryCode, "must be an ISO 3166-1 alpha-2 country code such as AZ")
      .nullable()
      .optional(),
    weight_g: size("grams"),
    length_mm: size("millimetres"),
    width_mm: size("millimetres"),
    height_mm: size("millimetres"),
    materials: z.array(z.string().trim().min(1).max(100)).max(10).nullable().optional(),
    customs_description: z.string().trim().min(1).max(50, "must be at most 50 characters (customs forms)").nullable().optional(),
    gtin,
    production_year: z
      .number()
      .int("must be a year such as 1998")
      .min(1000, "must be a year such as 1998")
      .refine((year) => year <= new Date().getFullYear(), "must not be in the future")
      .nullable()
      .optional(),
    maker: text(200),
    edition: text(100),
    cultural_certificate_number: text(100),
    cultural_certificate_issuer: text(200),
    cultural_certificate_date: z.iso
      .date("must be a date such as 2024-05-31")
      .refine(notInFuture, "must not be in the future")
      .nullable()
      .optional(),
    cites_species: text(200),
    cites_permit: text(100),
    dangerous_goods: z.boolean().optional(),
    un_number: z
      .string()
      .trim()
      .regex(/^UN\d{4}$/, "must look like UN1263")
      .nullable()
      .optional(),
    dg_class: z
      .string()
      .trim()
      .regex(/^[1-9](\.[1-6])?$/, "must be a UN hazard class such as 3 or 2.1")
      .nullable()
      .optional(),
    gpsr_manufacturer: text(500),
    gpsr_eu_responsible_person: text(500),
    gpsr_safety_warnings: text(2000),
    incoterm: z.enum(INCOTERMS).nullable().optional(),
    variants: z.array(ExportVariantOverrideInput).max(100).optional(),
  })
  .strict()
export type ExportProfileInputType = z.infer<typeof ExportProfileInput>
