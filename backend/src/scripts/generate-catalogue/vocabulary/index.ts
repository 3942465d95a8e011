import { CRAFT_FAMILIES } from "./crafts"
import { DIGITAL_FAMILIES } from "./digital"
import { MEDIA_FAMILIES } from "./media"
import { SERVICE_FAMILIES } from "./services"
import type { Family } from "./types"

/** One family per leaf category of the seed. */
export const FAMILIES: Family[] = [...CRAFT_FAMILIES, ...MEDIA_FAMILIES, ...DIGITAL_FAMILIES, ...SERVICE_FAMILIES]

export { CITIES, MASTER_COMBINATIONS, MOTIFS, masterName } from "./people"
export type { Family, Noun, Qualifier } from "./types"
