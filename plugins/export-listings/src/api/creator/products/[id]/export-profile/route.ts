import { getExportProfile, postExportProfile } from "../../../../export-profile-handlers"

/** A creator's own product's export profile (ownership is checked in middlewares.ts). */
export const GET = getExportProfile
export const POST = postExportProfile
