import { z } from "@medusajs/framework/zod"

/**
 * A list filter given once (`?status=paid`) or several times (`?status=paid&status=approved`),
 * always as an array. A union of the two forms made Medusa answer a wrong value with the second
 * form's type ("Expected type: 'array'"), and Medusa's own message for an array's wrong item
 * reads the raw query and says the field is missing: so the message is ours, with the values there are.
 */
export const enumFilter = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.string(), { error: `${name} must be one of ${values.join(", ")}.` })
      .superRefine((given, ctx) => {
        const wrong = given.filter((value) => !values.includes(value))
        if (wrong.length)
          ctx.addIssue({
            code: "custom",
            message: `${name} must be one of ${values.join(", ")}; got ${wrong.map((w) => `"${w}"`).join(", ")}.`,
          })
      })
      .transform((given) => given as T[number][]),
  )
