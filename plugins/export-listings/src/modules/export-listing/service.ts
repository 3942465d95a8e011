import { MedusaService } from "@medusajs/framework/utils"
import { ExportProfile } from "./models/export-profile"
import { ExportVariantOverride } from "./models/export-variant-override"
import { FeedFetch } from "./models/feed-fetch"
import { FeedSnapshot } from "./models/feed-snapshot"
import { ImageSize } from "./models/image-size"
import { Partner } from "./models/partner"
import { PartnerToken } from "./models/partner-token"

class ExportListingModuleService extends MedusaService({
  ExportProfile,
  ExportVariantOverride,
  Partner,
  PartnerToken,
  FeedSnapshot,
  FeedFetch,
  ImageSize,
}) {}

export default ExportListingModuleService
