import type { Route } from "./+types/images"
import { ImageError, imageHeaders, imageRequest, resizedImage } from "~/lib/images.server"

/**
 * Resized WebP/AVIF of a backend image; cached on disk here and immutable in browsers. The production
 * server (server.mjs) sends cache hits as files before the router; this route makes the misses.
 */
export async function loader({ request }: Route.LoaderArgs) {
  try {
    const image = imageRequest(new URL(request.url).searchParams)
    const body = await resizedImage(image)
    return new Response(new Uint8Array(body), {
      headers: { ...imageHeaders(image.format), "Content-Length": String(body.byteLength) },
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
