import sharp from "sharp"
import { operator, signUpShop } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

/** A certificate upload: multipart with the document in the "file" field. */
function certificate(name: string, content: Buffer) {
  const form = new FormData()
  form.append("file", new Blob([content]), name)
  return form
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")

medusaSuite("export_certificate", ({ api, getContainer }) => {
  const prices = [{ currency_code: "azn", amount: 900 }]
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let other: Awaited<ReturnType<typeof signUpShop>>
  let productId: string
  let url: string

  /** The stored profile row (with the file key the API never shows). */
  async function storedProfile() {
    const [profile] = await getContainer().resolve("export_listing").listExportProfiles({}, { take: 10 })
    return profile
  }
  const fileExists = (key: string) =>
    getContainer()
      .resolve("file")
      .getAsBuffer(key)
      .then(
        () => true,
        () => false,
      )

  beforeAll(async () => {
    await setUpMarketplace(getContainer())
    shop = await signUpShop(api, "antiques@example.az", { handle: "antiques" })
    other = await signUpShop(api, "other@example.az", { handle: "other" })
    const { data } = await api.post(
      "/creator/products",
      { kind: "physical", title: "Shirvan carpet, 1930s", variants: [{ title: "One", prices }] },
      shop.headers,
    )
    productId = data.product.id
    url = `/creator/products/${productId}/export-profile/certificate`
  })

  it("a creator uploads the certificate document, sees its name and type but never its storage key, and downloads it", async () => {
    const { status, data } = await api.post(url, certificate("sertifikat 2024.pdf", PDF), shop.headers)
    expect(status).toBe(201)
    expect(data.export_profile.cultural_certificate_file).toEqual({
      filename: "sertifikat 2024.pdf",
      mime_type: "application/pdf",
      size: PDF.length,
    })
    expect(JSON.stringify(data)).not.toContain("cultural_certificate_file_id")
    const { data: read } = await api.get(`/creator/products/${productId}/export-profile`, shop.headers)
    expect(read.export_profile.cultural_certificate_file.filename).toBe("sertifikat 2024.pdf")
    expect(JSON.stringify(read)).not.toContain((await storedProfile()).cultural_certificate_file_id)

    const download = await api.get(url, { ...shop.headers, responseType: "arraybuffer" })
    expect(Buffer.from(download.data)).toEqual(PDF)
    expect(download.headers["content-type"]).toBe("application/pdf")
    expect(download.headers["content-disposition"]).toBe("attachment; filename*=UTF-8''sertifikat%202024.pdf")
    expect(download.headers["cache-control"]).toBe("private, no-store")
  })

  it("a document that is not a PDF, JPEG or PNG by its content answers 400 naming the file field, whatever its name", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])
    const response = await api.post(url, certificate("certificate.pdf", zip), { ...shop.headers, ...ok })
    expect(response.status).toBe(400)
    expect(response.data.message).toMatch(/^file: .*PDF, JPEG or PNG/)
    const empty = await api.post(url, new FormData(), { ...shop.headers, ...ok })
    expect(empty.status).toBe(400)
    expect(empty.data.message).toMatch(/^file: /)
    const wrongField = new FormData()
    wrongField.append("files", new Blob([PDF]), "c.pdf")
    expect((await api.post(url, wrongField, { ...shop.headers, ...ok })).status).toBe(400)
    const tooLarge = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])
    const large = await api.post(url, certificate("scan.pdf", tooLarge), { ...shop.headers, ...ok })
    expect([large.status, large.data.message]).toEqual([400, expect.stringMatching(/larger than 10 MB/)])
    expect(await storedProfile()).toBeUndefined()
  })

  it("another shop can neither upload, download nor delete the certificate (404), and the document is untouched", async () => {
    await api.post(url, certificate("c.pdf", PDF), shop.headers)
    const key = (await storedProfile()).cultural_certificate_file_id
    expect((await api.get(url, { ...other.headers, ...ok })).status).toBe(404)
    const upload = await api.post(url, certificate("mine.pdf", PDF), { ...other.headers, ...ok })
    expect(upload.status).toBe(404)
    expect((await api.delete(url, { ...other.headers, ...ok })).status).toBe(404)
    expect((await storedProfile()).cultural_certificate_file_id).toBe(key)
    expect(await fileExists(key)).toBe(true)
    // and nobody without a session gets it
    expect((await api.get(url, ok)).status).toBe(401)
  })

  it("an operator downloads the certificate from the Admin API; a creator token cannot use the Admin route", async () => {
    const admin = await operator(api, getContainer())
    const adminUrl = `/admin/products/${productId}/export-profile/certificate`
    expect((await api.get(adminUrl, { ...admin, ...ok })).status).toBe(404)
    await api.post(url, certificate("c.pdf", PDF), shop.headers)
    const download = await api.get(adminUrl, { ...admin, responseType: "arraybuffer" })
    expect(Buffer.from(download.data)).toEqual(PDF)
    expect((await api.get(adminUrl, { ...shop.headers, ...ok })).status).toBe(401)
  })

  it("a replaced document's file is deleted, and so is a removed one's", async () => {
    await api.post(url, certificate("first.pdf", PDF), shop.headers)
    const first = (await storedProfile()).cultural_certificate_file_id
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .png()
      .toBuffer()
    const { data } = await api.post(url, certificate("photo.png", png), shop.headers)
    expect(data.export_profile.cultural_certificate_file).toMatchObject({ filename: "photo.png", mime_type: "image/png" })
    const second = (await storedProfile()).cultural_certificate_file_id
    expect([await fileExists(first), await fileExists(second)]).toEqual([false, true])

    const { data: removed } = await api.delete(url, shop.headers)
    expect(removed.export_profile.cultural_certificate_file).toBeNull()
    expect(await fileExists(second)).toBe(false)
    expect((await api.get(url, { ...shop.headers, ...ok })).status).toBe(404)
    expect((await api.delete(url, { ...shop.headers, ...ok })).status).toBe(404)
  })

  it("deleting the product deletes its certificate document and its export profile", async () => {
    await api.post(url, certificate("c.pdf", PDF), shop.headers)
    const key = (await storedProfile()).cultural_certificate_file_id
    await api.delete(`/creator/products/${productId}`, shop.headers)
    // the product.deleted subscriber runs after the answer
    for (let i = 0; i < 50 && (await storedProfile()); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await fileExists(key)).toBe(false)
    expect(await storedProfile()).toBeUndefined()
  })

  it("a pre-1960 item is ready only with a certificate number, a date within five years and the document", async () => {
    const admin = await operator(api, getContainer())
    await api.post(
      "/admin/export-partners",
      { name: "Trade desk US", format: "json", market_country: "US", language: "en", currency: "azn", allowed_kinds: ["physical"] },
      admin,
    )
    const profile = {
      hs_code: "570110",
      origin_country: "AZ",
      production_year: 1935,
      cultural_certificate_number: "MK-2024/117",
      cultural_certificate_issuer: "Ministry of Culture expert commission",
      cultural_certificate_date: "2024-03-01",
    }
    await api.post(`/creator/products/${productId}/export-profile`, profile, shop.headers)
    // only the certificate's reasons (the product has no image yet, which is another reason)
    const reasons = async () =>
      (await api.get(`/creator/products/${productId}/readiness`, shop.headers)).data.readiness.markets[0].reasons
        .filter((r: any) => r.code.startsWith("cultural_certificate"))
        .map((r: any) => `${r.code}@${r.field}`)
    expect(await reasons()).toEqual(["cultural_certificate_missing@cultural_certificate_file"])
    await api.post(url, certificate("c.pdf", PDF), shop.headers)
    expect(await reasons()).toEqual([])
  })
})
