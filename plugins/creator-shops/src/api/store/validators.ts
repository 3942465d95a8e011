import { z } from "@medusajs/framework/zod"
import { PROGRAMMES } from "../../modules/creator/types"

export const StoreListCreators = z
  .object({
    programme: z.enum(PROGRAMMES).optional(),
    /** only shops with at least one published listing this store sells (the home page's featured shops) */
    with_listings: z.stringbool().default(false),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListCreatorsType = z.infer<typeof StoreListCreators>

export const StoreGetCreator = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetCreatorType = z.infer<typeof StoreGetCreator>

export const StoreListListings = z
  .object({
    product_id: z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : value.split(",")))
      .pipe(
        z
          .array(z.string().regex(/^prod_\w+$/))
          .min(1)
          .max(100),
      ),
  })
  .strict()
export type StoreListListingsType = z.infer<typeof StoreListListings>
