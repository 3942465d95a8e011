import { formatDate } from "~/lib/format"
import type { MessageKey } from "~/lib/i18n"
import type { Download } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

/** `empty`: what to say when there is nothing (yet) to download. */
export function DownloadList({ downloads, empty = "account.noDownloads" }: { downloads: Download[]; empty?: MessageKey }) {
  const t = useT()
  const locale = useLocale()
  if (downloads.length === 0) return <p className="text-sm text-stone-700">{t(empty)}</p>
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
