import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deletePrivateFiles, storePrivateFiles, type UploadedFile } from "../../utils/private-files"

/** Streams uploads from disk into private storage; undone by deleting what was stored. */
export const storePrivateFilesStep = createStep(
  "store-private-files",
  async (input: { uploads: UploadedFile[] }, { container }) => {
    const stored = await storePrivateFiles(container, input.uploads)
    return new StepResponse(stored, stored)
  },
  async (stored, { container }) => {
    if (stored?.length) await deletePrivateFiles(container, stored)
  },
)
