import { MedusaService } from "@medusajs/framework/utils"
import { OrderGroup } from "./models/order-group"

class MarketplaceOrderModuleService extends MedusaService({ OrderGroup }) {}

export default MarketplaceOrderModuleService
