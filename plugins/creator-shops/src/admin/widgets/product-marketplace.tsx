import { LoadState } from "@creative-market/admin-ui"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ListingKindDetails } from "../components/listing-kind-details"
import { StatusBadge } from "../components/status-badge"
import { useProductMarketplace } from "../hooks/product-marketplace"
import { KIND_LABELS } from "../lib/format"

/** On a product's page: the shop that sells it and its marketplace listing (kind, moderation). */
const ProductMarketplaceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useProductMarketplace(product.id)
  const creator = data?.product.creator
  const listing = data?.product.listing

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Marketplace</Heading>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && (
        <div className="flex items-center justify-between gap-x-2 px-6 py-4">
          {creator ? (
            <Link to={`/creators/${creator.id}`} className="flex flex-col hover:underline">
              <Text size="small" weight="plus">
                {creator.name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                @{creator.handle}
              </Text>
            </Link>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Not sold by a creator (the marketplace's own product).
            </Text>
          )}
          {creator && <StatusBadge status={creator.status} />}
        </div>
      )}
      {listing && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <Badge size="2xsmall">{KIND_LABELS[listing.kind]}</Badge>
            <StatusBadge status={listing.moderation_status} />
            <Badge size="2xsmall" color={listing.published ? "green" : "grey"}>
              {listing.published ? "Published by creator" : "Draft"}
            </Badge>
          </div>
          {listing.moderation_reason && (
            <Text size="small" className="text-ui-fg-subtle">
              Moderation: {listing.moderation_reason}
            </Text>
          )}
          <ListingKindDetails listing={listing} />
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side", id: "creator-shops:product-marketplace" })

export default ProductMarketplaceWidget
