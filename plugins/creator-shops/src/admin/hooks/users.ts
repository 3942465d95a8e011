import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/**
 * Operators' display names by user id, for "who decided" in the status history. An operator
 * without the right to list users still sees the history, with ids instead of names.
 */
export const useUserNames = (ids: string[]) =>
  useQuery({
    queryKey: ["creator-shops", "users", ids],
    enabled: ids.length > 0,
    queryFn: () => sdk.admin.user.list({ id: ids, fields: "id,email,first_name,last_name", limit: ids.length }),
    select: (data) =>
      new Map(data.users.map((user) => [user.id, [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email])),
  })
