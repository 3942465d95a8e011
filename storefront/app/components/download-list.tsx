import { formatDate } from "~/lib/format"
import type { Download } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

export function DownloadList({ downloads }: { downloads: Download[] }) {
  const t = useT()
  const locale = useLocale()
  if (downloads.length === 0) return <p className="text-sm text-stone-700">{t("account.noDownloads")}</p>
  return (
    <ul className="divide-y divide-stone-100">
      {downloads.map((download) => (
        <li key={download.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
          <span className="font-medium">{download.filename}</span>
          {download.url ? (
            <span className="flex items-center gap-3">
              <span className="text-stone-600">
                {t("confirm.downloadsLeft", { count: download.downloads_left, date: formatDate(download.expires_at, locale) })}
              </span>
              <a href={download.url} className="btn-secondary" download>
                {t("confirm.download", { name: download.filename })}
              </a>
            </span>
          ) : (
            <span className="text-stone-600">{t("account.expired")}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
