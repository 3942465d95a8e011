import { errorMessage, LoadState } from "@creative-market/admin-ui"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useMarketplaceSettings, useUpdateMarketplaceSettings } from "../hooks/settings"
import type { MarketplaceSettings as Settings } from "../lib/types"
import { SettingsSwitch } from "./settings-switch"

const RULES: { key: keyof Settings; label: string; description: string; on: string; off: string }[] = [
  {
    key: "auto_approve_creators",
    label: "Approve new creators automatically",
    description: "New shops open at sign-up. When off, each new shop waits in the Pending tab of Creators.",
    on: "New shops now open at sign-up.",
    off: "New shops now wait for approval.",
  },
  {
    key: "require_listing_moderation",
    label: "Require listing moderation",
    description: "New and edited listings wait in the moderation queue before they go on sale.",
    on: "New and edited listings now wait for moderation.",
    off: "Listings now go on sale without moderation.",
  },
]

/** The operators' switches for how shops and listings enter the marketplace; each saves at once. */
export const MarketplaceSettings = () => {
  const { data, isLoading, error } = useMarketplaceSettings()
  const { mutate, isPending } = useUpdateMarketplaceSettings()

  const save = (rule: (typeof RULES)[number], checked: boolean) =>
    mutate(
      { [rule.key]: checked },
      {
        onSuccess: () => toast.success(checked ? rule.on : rule.off),
        onError: (failure) => toast.error(errorMessage(failure)),
      },
    )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Marketplace</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          How creators and their listings enter the store.
        </Text>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data &&
        RULES.map((rule) => (
          <SettingsSwitch
            key={rule.key}
            id={`marketplace-${rule.key}`}
            label={rule.label}
            description={rule.description}
            checked={data.settings[rule.key]}
            disabled={isPending}
            onChange={(checked) => save(rule, checked)}
          />
        ))}
    </Container>
  )
}
