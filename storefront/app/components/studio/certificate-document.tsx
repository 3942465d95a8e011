import { Uploader } from "~/components/studio/uploader"
import { useLocale, useT } from "~/lib/use-t"

type File = { filename: string; mime_type: string; size: number } | null

/**
 * The cultural-goods certificate's scan (PDF, JPEG or PNG): the readiness rule for items made
 * before 1960 asks for it, and its links land here (`#f-cultural_certificate_file`). It stays
 * private: partners and buyers never see it.
 */
export function CertificateDocument({ productId, file }: { productId: string; file: File }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section id="f-cultural_certificate_file" className="card space-y-3 p-5" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading" className="text-lg font-semibold">
        {t("studio.export.certificateFile")}
      </h2>
      <p className="text-sm text-stone-700">
        {file
          ? t("studio.export.certificateOnFile", { name: file.filename, size: `${Math.max(1, Math.round(file.size / 1024))} kB` })
          : t("studio.export.certificateNone")}
      </p>
      <Uploader
        action={`/${locale}/studio/products/${productId}/uploads/certificate`}
        accept="application/pdf,image/jpeg,image/png"
        name="certificate"
        field="file"
        label={t(file ? "studio.export.certificateReplace" : "studio.export.certificateUpload")}
        hint={t("studio.export.certificateHint")}
      />
    </section>
  )
}
