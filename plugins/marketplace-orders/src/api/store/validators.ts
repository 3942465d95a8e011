import { z } from "@medusajs/framework/zod"

export const StoreListOrderGroups = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListOrderGroupsType = z.infer<typeof StoreListOrderGroups>

/**
 * The e-mail a cart is created or updated with (Medusa's own validator has no length limit): at
 * most 254 characters, the longest address SMTP can deliver to (RFC 5321), local part at most 64.
 * The rest of the body is Medusa's route's to check.
 */
export const StoreCartEmail = z.object({
  email: z
    .email("must be an e-mail address such as name@example.az")
    .max(254, "must be at most 254 characters")
    .refine((email) => email.lastIndexOf("@") <= 64, "must have at most 64 characters before the @")
    .nullish(),
})
export type StoreCartEmailType = z.infer<typeof StoreCartEmail>
