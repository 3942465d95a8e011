import sharp from "sharp"
import { createRandom } from "@creative-market/random"
import { ceramics, copper } from "./objects"
import { miniature, print } from "./art"
import { bookCover, glyphGrid, pixelArt } from "./digital"
import { samplePads, vinyl, waveform } from "./media"
import { commission, dance, mixer, workshop } from "./services"
import type { Pattern } from "./svg"
import { carpet, kelagayi } from "./textiles"

/** Which pattern draws which category; the look tells the category at a glance. */
export const PATTERNS: Record<string, Pattern> = {
  carpets: carpet,
  kelagayi,
  ceramics,
  "lahij-copperware": copper,
  "miniature-paintings": miniature,
  prints: print,
  "vinyl-and-cds": vinyl,
  "digital-music": waveform,
  "sample-packs": samplePads,
  "game-assets": pixelArt,
  fonts: glyphGrid,
  ebooks: bookCover,
  "studio-recording": mixer,
  commissions: commission,
  masterclasses: workshop,
  "dance-classes": dance,
}

/** The SVG of image `index` of a product: the same handle always draws the same picture. */
export function productImageSvg(handle: string, category: string, index = 0): string {
  const pattern = PATTERNS[category] ?? commission
  return pattern(createRandom(`${handle}#${index}`))
}

/** An 800 × 800 JPEG of image `index` of a product. */
export async function renderProductImage(handle: string, category: string, index = 0): Promise<Buffer> {
  return sharp(Buffer.from(productImageSvg(handle, category, index)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}
