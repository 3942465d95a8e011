import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MarketplaceSettings } from "../../../components/marketplace-settings"

/** Settings → Marketplace: auto-approval of shops and moderation of listings. */
const MarketplaceSettingsPage = () => <MarketplaceSettings />

export const config = defineRouteConfig({ label: "Marketplace" })

export const handle = { breadcrumb: () => "Marketplace" }

export default MarketplaceSettingsPage
