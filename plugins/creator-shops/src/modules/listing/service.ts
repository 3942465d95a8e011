import { MedusaService } from "@medusajs/framework/utils"
import { DigitalAsset } from "./models/digital-asset"
import { DownloadGrant } from "./models/download-grant"
import { Listing } from "./models/listing"
import { ModerationDecision } from "./models/moderation-decision"

class ListingModuleService extends MedusaService({ Listing, ModerationDecision, DigitalAsset, DownloadGrant }) {}

export default ListingModuleService
