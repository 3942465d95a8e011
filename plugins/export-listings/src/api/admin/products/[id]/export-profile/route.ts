import { getExportProfile, postExportProfile } from "../../../../export-profile-handlers"

/** Any product's export profile, for operators (the product's existence is checked in middlewares.ts). */
export const GET = getExportProfile
export const POST = postExportProfile
