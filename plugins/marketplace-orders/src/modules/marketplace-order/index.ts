import { Module } from "@medusajs/framework/utils"
import MarketplaceOrderModuleService from "./service"

export const MARKETPLACE_ORDER_MODULE = "marketplace_order"

export default Module(MARKETPLACE_ORDER_MODULE, { service: MarketplaceOrderModuleService })
