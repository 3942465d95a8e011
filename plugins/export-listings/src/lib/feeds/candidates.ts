import { FORMAT_LIMITS, type ReadinessPartner } from "../readiness"
import { literal } from "./catalogue-sql"

/**
 * The products a partner's feed build reads (ADR 039): a condition on `p` for `catalogueSql` that
 * keeps every product that can be ready for the partner and drops those that cannot — a physical
 * item without an export profile holding an HS code and an origin, a kind the partner does not take,
 * a ticket outside the JSON feed. It only ever keeps too much, never too little: the readiness rules
 * still decide every product the statement returns. Builds only; the readiness summary in the Admin
 * reads every product, so it can count why the rest are not ready.
 */
export function feedCandidates(partner: Pick<ReadinessPartner, "format" | "allowed_kinds">): string {
  const kinds = FORMAT_LIMITS[partner.format].kinds.filter((kind) => partner.allowed_kinds.includes(kind))
  const others = kinds.filter((kind) => kind !== "physical")
  const conditions: string[] = []
  if (kinds.includes("physical")) {
    conditions.push(`EXISTS (SELECT 1 FROM export_listing_export_profile_product_product epl
      JOIN export_profile ep ON ep.id = epl.export_profile_id AND ep.deleted_at IS NULL
      WHERE epl.product_id = p.id AND epl.deleted_at IS NULL AND ep.hs_code IS NOT NULL AND ep.origin_country IS NOT NULL)`)
  }
  if (others.length) {
    // a dated service is a ticket: only the JSON feed takes it
    const dated = partner.format === "json" ? "" : " AND l.service_date_required IS NOT TRUE"
    conditions.push(`EXISTS (SELECT 1 FROM listing_listing_product_product llp
      JOIN listing l ON l.id = llp.listing_id AND l.deleted_at IS NULL
      WHERE llp.product_id = p.id AND llp.deleted_at IS NULL AND l.kind IN (${others.map(literal).join(", ")})${dated})`)
  }
  return conditions.length ? `(${conditions.join(" OR ")})` : "false"
}
