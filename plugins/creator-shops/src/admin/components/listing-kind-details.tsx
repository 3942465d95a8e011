import { Text } from "@medusajs/ui"
import type { ProductMarketplace } from "../lib/types"

type Listing = NonNullable<ProductMarketplace["listing"]>

const DELIVERY_LABELS: Record<string, string> = { remote: "Remote", onsite: "On site", both: "Remote or on site (by variant)" }

const yesNo = (value: boolean) => (value ? "Yes" : "No")

/** The details that belong to the listing's kind, as label/value pairs. */
const detailsOf = (listing: Listing): [string, string][] => {
  switch (listing.kind) {
    case "digital":
      return [
        ["Files", String(listing.assets?.length ?? 0)],
        ["Downloads per purchase", String(listing.download_limit)],
        ["Link valid for", `${listing.download_ttl_hours} h`],
      ]
    case "service":
      return [
        ["Delivery", DELIVERY_LABELS[listing.service_delivery ?? ""] ?? "–"],
        ["Lead time", listing.service_lead_time_days == null ? "–" : `${listing.service_lead_time_days} days`],
        ["Booking date required", yesNo(listing.service_date_required)],
      ]
    default:
      return [["Shipping", "Shipped goods; stock is kept on the variants"]]
  }
}

export const ListingKindDetails = ({ listing }: { listing: Listing }) => (
  <dl className="grid grid-cols-2 gap-y-2">
    {detailsOf(listing).map(([label, value]) => (
      <div key={label} className="contents">
        <Text asChild size="small" weight="plus" className="text-ui-fg-subtle">
          <dt>{label}</dt>
        </Text>
        <Text asChild size="small" className="text-ui-fg-subtle">
          <dd>{value}</dd>
        </Text>
      </div>
    ))}
  </dl>
)
