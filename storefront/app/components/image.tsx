import { srcSet, imageUrl } from "~/lib/image-url"

/** A backend image through /images: AVIF and WebP at the widths the layout needs. */
export function Img({
  src,
  alt,
  sizes,
  widths = [320, 480, 640, 800],
  priority = false,
  className = "",
  width,
  height,
}: {
  src: string | null | undefined
  alt: string
  sizes: string
  widths?: readonly number[]
  priority?: boolean
  className?: string
  width: number
  height: number
}) {
  if (!src)
    return alt ? (
      <div className={`bg-stone-100 ${className}`} role="img" aria-label={alt} />
    ) : (
      <div className={`bg-stone-100 ${className}`} aria-hidden="true" />
    )
  const fallback = widths[Math.min(1, widths.length - 1)]!
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(src, widths, "avif")} sizes={sizes} />
      <img
        src={imageUrl(src, fallback)}
        srcSet={srcSet(src, widths, "webp")}
        sizes={sizes}
        alt={alt}
        width={width}
        height={height}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  )
}
