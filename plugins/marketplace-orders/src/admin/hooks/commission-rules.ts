import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CommissionRule, CommissionRuleInput } from "../lib/types"

export const commissionRuleKeys = { all: ["marketplace-orders", "commission-rules"] as const }

/** Every commission rule, oldest first (the API does not paginate them). */
export const useCommissionRules = () =>
  useQuery({
    queryKey: commissionRuleKeys.all,
    queryFn: () => sdk.client.fetch<{ commission_rules: CommissionRule[] }>("/admin/commission-rules"),
  })

/** Creates a rule (no id) or changes one; the list refreshes afterwards. */
export const useSaveCommissionRule = (id?: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CommissionRuleInput) =>
      sdk.client.fetch<{ commission_rule: CommissionRule }>(id ? `/admin/commission-rules/${id}` : "/admin/commission-rules", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}

export const useDeleteCommissionRule = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/commission-rules/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}
