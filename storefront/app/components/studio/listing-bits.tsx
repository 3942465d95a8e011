import { Form } from "react-router"
import type { ListingState } from "~/lib/studio/listing-state"
import { useT } from "~/lib/use-t"

const TONES: Record<ListingState, string> = {
  draft: "bg-stone-100 text-stone-800",
  live: "bg-emerald-100 text-emerald-900",
  waiting: "bg-sky-100 text-sky-900",
  rejected: "bg-red-100 text-red-900",
  shopNotApproved: "bg-amber-100 text-amber-900",
}

export function StateBadge({ state }: { state: ListingState }) {
  const t = useT()
  return <span className={`rounded px-2 py-0.5 font-medium ${TONES[state]}`}>{t(`studio.state.${state}`)}</span>
}

/** Publish/unpublish, duplicate and delete, as small forms (they work without JavaScript). */
export function ListingActions({ id, published, title }: { id: string; published: boolean; title: string }) {
  const t = useT()
  return (
    <div className="flex flex-wrap gap-2">
      <Form method="post">
        <input type="hidden" name="id" value={id} />
        <button
          type="submit"
          name="intent"
          value={published ? "unpublish" : "publish"}
          className={published ? "btn-secondary" : "btn-primary"}
          aria-label={`${t(published ? "studio.products.unpublish" : "studio.products.publish")}: ${title}`}
        >
          {t(published ? "studio.products.unpublish" : "studio.products.publish")}
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="id" value={id} />
        <button
          type="submit"
          name="intent"
          value="duplicate"
          className="btn-secondary"
          aria-label={`${t("studio.products.duplicate")}: ${title}`}
        >
          {t("studio.products.duplicate")}
        </button>
      </Form>
      <Form
        method="post"
        onSubmit={(event) => {
          if (!window.confirm(t("studio.products.confirmDelete", { title }))) event.preventDefault()
        }}
      >
        <input type="hidden" name="id" value={id} />
        <button
          type="submit"
          name="intent"
          value="delete"
          className="btn-secondary text-red-800"
          aria-label={`${t("studio.products.delete")}: ${title}`}
        >
          {t("studio.products.delete")}
        </button>
      </Form>
    </div>
  )
}
