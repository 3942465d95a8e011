import type { Page } from "@creative-market/admin-ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ModerationStatus } from "../../modules/listing/types"
import { sdk } from "../lib/sdk"
import type { QueuedListing } from "../lib/types"

export type ListingListQuery = { moderation_status: ModerationStatus; limit: number; offset: number }

export const listingKeys = {
  all: ["creator-shops", "listings"] as const,
  list: (query: ListingListQuery) => [...listingKeys.all, "list", query] as const,
}

export const useListings = (query: ListingListQuery) =>
  useQuery({
    queryKey: listingKeys.list(query),
    queryFn: () => sdk.client.fetch<{ listings: QueuedListing[] } & Page>("/admin/listings", { query }),
    placeholderData: keepPreviousData,
  })

/** Approve or reject a listing in the moderation queue. */
export const useDecideListing = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: "approve" | "reject"; reason?: string }) =>
      sdk.client.fetch<{ id: string; moderation_status: ModerationStatus }>(`/admin/listings/${id}/${decision}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: listingKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["creator-shops", "product-marketplace"] }),
      ]),
  })
}
