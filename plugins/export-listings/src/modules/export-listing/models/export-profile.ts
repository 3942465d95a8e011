import { model } from "@medusajs/framework/utils"
import { HS_EDITIONS, INCOTERMS } from "../types"
import { ExportVariantOverride } from "./export-variant-override"

/**
 * What customs and export partners need to know about one product, beyond Medusa's product.
 * Units are explicit: grams and millimetres. Linked 1:1 to a product.
 */
export const ExportProfile = model
  .define("export_profile", {
    id: model.id({ prefix: "expf" }).primaryKey(),
    hs_code: model.text().nullable(),
    hs_edition: model.enum([...HS_EDITIONS]).default("HS2022"),
    origin_country: model.text().nullable(),
    weight_g: model.number().nullable(),
    length_mm: model.number().nullable(),
    width_mm: model.number().nullable(),
    height_mm: model.number().nullable(),
    materials: model.json().nullable(),
    customs_description: model.text().nullable(),
    gtin: model.text().nullable(),
    production_year: model.number().nullable(),
    maker: model.text().nullable(),
    edition: model.text().nullable(),
    // Azerbaijan's cultural-values rule: items made before 1960 need an expert-commission certificate (valid 5 years)
    cultural_certificate_number: model.text().nullable(),
    cultural_certificate_issuer: model.text().nullable(),
    cultural_certificate_date: model.dateTime().nullable(),
    // the certificate document: a private file of the File module (key, shown name, sniffed type, bytes)
    cultural_certificate_file_id: model.text().nullable(),
    cultural_certificate_file_name: model.text().nullable(),
    cultural_certificate_file_type: model.text().nullable(),
    cultural_certificate_file_size: model.number().nullable(),
    cites_species: model.text().nullable(),
    cites_permit: model.text().nullable(),
    dangerous_goods: model.boolean().default(false),
    un_number: model.text().nullable(),
    dg_class: model.text().nullable(),
    gpsr_manufacturer: model.text().nullable(),
    gpsr_eu_responsible_person: model.text().nullable(),
    gpsr_safety_warnings: model.text().nullable(),
    incoterm: model.enum([...INCOTERMS]).nullable(),
    variant_overrides: model.hasMany(() => ExportVariantOverride, { mappedBy: "profile" }),
  })
  .cascades({ delete: ["variant_overrides"] })
