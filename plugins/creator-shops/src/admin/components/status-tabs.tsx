import { titleCase } from "@creative-market/admin-ui"
import { Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"

/**
 * The status a list page shows, kept in the URL (`?status=`) so "back" returns to the same tab;
 * the first tab when the URL names none or an unknown one.
 */
export function useStatusTab<S extends string>(tabs: readonly S[]) {
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = tabs.find((tab) => tab === requested) ?? tabs[0]
  const bar = (
    <Tabs value={status} onValueChange={(next) => setParams({ status: next }, { replace: true })}>
      <Tabs.List className="px-6 py-3">
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab} value={tab}>
            {titleCase(tab)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
  return { status, bar }
}
