import { PROGRAMMES } from "@creative-market/creator-shops/utils/programmes"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Rule = { scope?: string | null; reference?: string | null; currency_code?: string | null }

const ENTITY: Record<string, { entity: string; name: string }> = {
  creator: { entity: "creator", name: "creator" },
  category: { entity: "product_category", name: "product category" },
}

/**
 * The validator checks a rule's shape; this checks what it names: a rule for an unknown creator,
 * category or programme, or in a currency the store does not sell in, would never apply.
 */
export async function checkRuleReferences(container: MedusaContainer, rule: Rule) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const refuse = (message: string) => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  if (rule.scope === "programme" && rule.reference && !(PROGRAMMES as readonly string[]).includes(rule.reference))
    refuse(`reference: "${rule.reference}" is not a programme; expected one of ${PROGRAMMES.join(", ")}.`)
  const lookup = rule.scope && ENTITY[rule.scope]
  if (lookup && rule.reference) {
    const { data } = await query.graph({ entity: lookup.entity, fields: ["id"], filters: { id: rule.reference } } as never)
    if (!data.length) refuse(`reference: no ${lookup.name} has the id "${rule.reference}".`)
  }
  if (rule.currency_code) {
    const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] } as never)
    const codes = (data as { supported_currencies?: { currency_code: string }[] }[]).flatMap((store) =>
      (store.supported_currencies ?? []).map((currency) => currency.currency_code),
    )
    if (!codes.includes(rule.currency_code))
      refuse(`currency_code: the store does not sell in "${rule.currency_code}"; expected one of ${codes.join(", ")}.`)
  }
}
