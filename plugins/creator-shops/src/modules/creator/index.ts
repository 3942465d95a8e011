import { Module } from "@medusajs/framework/utils"
import CreatorModuleService from "./service"

export const CREATOR_MODULE = "creator"

export default Module(CREATOR_MODULE, { service: CreatorModuleService })
