import type { OfferedOption } from "./stale-delivery"

type Offered = { id: string; prices: { amount: unknown; currency_code: string; price_rules: unknown[] }[] }
type Sql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

// One statement instead of a cross-module query.graph (shipping option → price set link → prices →
// price rules): the check runs in every completion's turn (docs/decisions/042, 043), so it stays
// this cheap. `rules_count` is Medusa's own count of a price's rules.
const OFFERED_SQL = `
select so.id, p.amount, p.currency_code, coalesce(p.rules_count, 0) as rules_count
  from shipping_option so
  left join shipping_option_price_set sops on sops.shipping_option_id = so.id and sops.deleted_at is null
  left join price p on p.price_set_id = sops.price_set_id and p.deleted_at is null
 where so.id = any(string_to_array(?, ',')) and so.deleted_at is null`

/** The shipping options among `ids` that still exist, each with its prices (and whether a price has rules). */
export async function readOfferedOptions(sql: Sql, ids: string[]): Promise<OfferedOption[]> {
  if (!ids.length) return []
  const { rows } = await sql.raw(OFFERED_SQL, [ids.join(",")])
  const options = new Map<string, Offered>()
  for (const row of rows) {
    const option: Offered = options.get(row.id) ?? { id: row.id, prices: [] }
    if (row.currency_code) {
      option.prices.push({
        amount: row.amount,
        currency_code: row.currency_code,
        price_rules: Array.from({ length: Number(row.rules_count) }),
      })
    }
    options.set(row.id, option)
  }
  return [...options.values()]
}
