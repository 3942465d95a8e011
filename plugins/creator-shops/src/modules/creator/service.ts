import { MedusaService } from "@medusajs/framework/utils"
import { Creator } from "./models/creator"
import { CreatorInvite } from "./models/invite"
import { CreatorMember } from "./models/member"
import { CreatorMembership } from "./models/membership"
import { MarketplaceSettings } from "./models/settings"
import { CreatorStatusChange } from "./models/status-change"

class CreatorModuleService extends MedusaService({
  Creator,
  CreatorStatusChange,
  CreatorMember,
  CreatorMembership,
  CreatorInvite,
  MarketplaceSettings,
}) {
  /** The settings row, created with its defaults on first read. */
  async getSettings() {
    // the oldest row wins, should two first reads ever have raced to create one each
    const [settings] = await this.listMarketplaceSettings({}, { take: 1, order: { created_at: "ASC" } })
    return settings ?? (await this.createMarketplaceSettings({}))
  }
}

export default CreatorModuleService
