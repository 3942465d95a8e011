import type { Page } from "@creative-market/admin-ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CreatorDecision, CreatorStatus, Programme } from "../../modules/creator/types"
import { sdk } from "../lib/sdk"
import type { Creator, CreatorDetail } from "../lib/types"

export type CreatorListQuery = { status: CreatorStatus; programme?: Programme; q?: string; limit: number; offset: number }

export const creatorKeys = {
  all: ["creator-shops", "creators"] as const,
  list: (query: CreatorListQuery) => [...creatorKeys.all, "list", query] as const,
  detail: (id: string) => [...creatorKeys.all, "detail", id] as const,
}

/** One page of shops in one status; the previous page stays on screen while the next loads. */
export const useCreators = (query: CreatorListQuery) =>
  useQuery({
    queryKey: creatorKeys.list(query),
    queryFn: () => sdk.client.fetch<{ creators: Creator[] } & Page>("/admin/creators", { query }),
    placeholderData: keepPreviousData,
  })

export const fetchCreator = (id: string) => sdk.client.fetch<{ creator: CreatorDetail }>(`/admin/creators/${id}`)

/** A shop with its status history; `initialData` is what the route's loader already fetched. */
export const useCreator = (id: string, initialData?: { creator: CreatorDetail }) =>
  useQuery({ queryKey: creatorKeys.detail(id), queryFn: () => fetchCreator(id), initialData })

/** Approve, reject or suspend a shop; lists and the detail page refresh afterwards. */
export const useDecideCreator = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ decision, reason }: { decision: CreatorDecision; reason?: string }) =>
      sdk.client.fetch<{ creator: CreatorDetail }>(`/admin/creators/${id}/${decision}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creatorKeys.all }),
  })
}
