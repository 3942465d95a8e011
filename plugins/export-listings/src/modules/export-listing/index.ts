import { Module } from "@medusajs/framework/utils"
import ExportListingModuleService from "./service"

export const EXPORT_LISTING_MODULE = "export_listing"

export default Module(EXPORT_LISTING_MODULE, { service: ExportListingModuleService })
