import type { ProductSeed } from "../../types"
import { BOOKABLE } from "./bookable"
import { CRAFTS } from "./crafts"
import { DIGITAL } from "./digital"
import { MUSIC } from "./music"
import { SERVICES } from "./services"
import { TEXTILES } from "./textiles"
import { VISUAL_ART } from "./visual-art"

/** The demo catalogue, in the order it is created. */
export const PRODUCTS: ProductSeed[] = [...TEXTILES, ...CRAFTS, ...VISUAL_ART, ...MUSIC, ...DIGITAL, ...SERVICES, ...BOOKABLE]
