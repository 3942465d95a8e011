import { useState } from "react"
import { Form } from "react-router"
import { Notice } from "~/components/studio/fields"
import { useT } from "~/lib/use-t"

/**
 * The resource's private ICS feed: the API keeps only a hash, so a URL is shown once, right after it
 * is made; a new one replaces it (the old stops working) and the feed can be turned off.
 */
export function ResourceFeed({ active, url, busy }: { active: boolean; url?: string; busy: boolean }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  return (
    <section aria-labelledby="feed-title" className="card space-y-3 p-5">
      <h2 id="feed-title" className="text-lg font-semibold">
        {t("studio.resources.feed")}
      </h2>
      <p className="text-sm text-stone-700">{t("studio.resources.feedHint")}</p>
      {url ? (
        <div className="space-y-2" data-testid="feed-url">
          <label htmlFor="feed-url" className="label">
            {t("studio.resources.feedNew")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="feed-url"
              readOnly
              value={url}
              className="input min-w-0 flex-1 font-mono text-xs"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {t("studio.resources.feedCopy")}
            </button>
          </div>
          <p role="status" className="text-sm text-emerald-800">
            {copied ? t("studio.resources.feedCopied") : ""}
          </p>
        </div>
      ) : (
        <Notice>{t(active ? "studio.resources.feedOn" : "studio.resources.feedOff")}</Notice>
      )}
      <div className="flex flex-wrap gap-2">
        <Form method="post">
          <input type="hidden" name="intent" value="feed" />
          <button type="submit" className="btn-secondary" disabled={busy}>
            {t(active ? "studio.resources.feedRotate" : "studio.resources.feedCreate")}
          </button>
        </Form>
        {active ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke-feed" />
            <button type="submit" className="btn-secondary" disabled={busy}>
              {t("studio.resources.feedRevoke")}
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  )
}
