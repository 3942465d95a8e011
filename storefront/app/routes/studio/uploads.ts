import { data } from "react-router"
import type { Route } from "./+types/uploads"
import { CreatorApiError, forwardUpload } from "~/lib/studio/api.server"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { backendErrors } from "~/lib/studio/backend-errors"

const TARGETS = { images: "images", files: "files", certificate: "export-profile/certificate" } as const

/**
 * The browser's multipart upload (images, a digital listing's private files, or the export
 * profile's certificate document) streamed on to `/creator/products/:id/{images,files,
 * export-profile/certificate}` with the creator's token; answers JSON for the uploader.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const target = TARGETS[params.target as keyof typeof TARGETS]
  if (!target || !/^prod_\w+$/.test(params.id)) throw data({ error: "studio.error.refused" }, { status: 404 })
  // ownership first: another shop's product is a 404 before a byte is forwarded
  await asMember(studio, `/creator/products/${params.id}`).catch((error) => {
    if (error instanceof CreatorApiError && error.status === 404) throw data({ error: "studio.error.refused" }, { status: 404 })
    throw error
  })
  try {
    await forwardUpload(`/creator/products/${params.id}/${target}`, request, studio.token, studio.shopId)
    return { ok: true }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    const key = /too large|File too large|LIMIT_FILE_SIZE/i.test(error.message)
      ? "studio.upload.tooLarge"
      : (backendErrors(error.message, []).form ?? "studio.upload.refused")
    return data({ ok: false, error: key === "studio.error.refused" ? "studio.upload.refused" : key }, { status: error.status })
  }
}
