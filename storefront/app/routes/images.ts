import type { Route } from "./+types/images"
import { backendImageUrl, IMAGE_FORMATS, IMAGE_WIDTHS, ImageError, resizedImage, type ImageFormat } from "~/lib/images.server"

/** Resized WebP/AVIF of a backend image; cached on disk here and immutable in browsers. */
export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  try {
    const src = backendImageUrl(params.get("src"))
    const width = Number(params.get("w"))
    const format = (params.get("f") ?? "webp") as ImageFormat
    if (!(IMAGE_WIDTHS as readonly number[]).includes(width)) throw new ImageError(400, `w must be one of ${IMAGE_WIDTHS.join(", ")}`)
    if (!IMAGE_FORMATS.includes(format)) throw new ImageError(400, "f must be webp or avif")
    const body = await resizedImage(src, width, format)
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": `image/${format}`,
        "Content-Length": String(body.byteLength),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    })
  } catch (error) {
    if (error instanceof ImageError) {
      return new Response(error.message, {
        status: error.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
      })
    }
    throw error
  }
}
