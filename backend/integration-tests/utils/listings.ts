import type { AxiosInstance } from "axios"
import type { Headers } from "./actors"

/** A multipart body with `files` (and optional text fields), as the creator upload routes take it. */
export function multipart(files: { name: string; content: Buffer }[], fields: Record<string, string> = {}) {
  const form = new FormData()
  for (const file of files) form.append("files", new Blob([file.content]), file.name)
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

/** A tiny ZIP (its magic bytes are enough for the content sniffing). */
export const zipFile = (name = "album.zip") => multipart([{ name, content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]) }])

/** Creates and publishes a listing as the shop; digital ones get a file first (they cannot be sold without). */
export async function publishListing(api: AxiosInstance, shop: Headers, product: Record<string, unknown>) {
  const { data } = await api.post("/creator/products", product, shop)
  if (product.kind === "digital") await api.post(`/creator/products/${data.product.id}/files`, zipFile(), shop)
  await api.post(`/creator/products/${data.product.id}/publish`, {}, shop)
  return data.product
}
