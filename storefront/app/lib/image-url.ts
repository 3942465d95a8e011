export const IMAGE_WIDTHS = [160, 320, 480, 640, 800, 1080, 1600] as const
export const IMAGE_FORMATS = ["webp", "avif"] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

/** `/images?src=…&w=…&f=…`: the storefront's resizing route for a backend image URL. */
export function imageUrl(src: string, width: number, format: ImageFormat = "webp") {
  return `/images?${new URLSearchParams({ src, w: String(width), f: format })}`
}

export function srcSet(src: string, widths: readonly number[], format: ImageFormat) {
  return widths.map((w) => `${imageUrl(src, w, format)} ${w}w`).join(", ")
}
