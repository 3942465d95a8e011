import { Link } from "react-router"
import type { Shop } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { Notice } from "./fields"

/** The application's state in words: waiting, refused (with the operator's reason), suspended (why, and what still works). */
export function ShopStatus({ shop }: { shop: Pick<Shop, "status" | "status_reason" | "handle"> }) {
  const t = useT()
  const locale = useLocale()
  const reason = shop.status_reason ? (
    <p className="mt-1">
      <span className="font-semibold">{t("studio.status.reason")}</span> {shop.status_reason}
    </p>
  ) : null
  if (shop.status === "approved")
    return (
      <Notice tone="ok">
        {t("studio.status.approved")}{" "}
        <Link to={`/${locale}/creators/${shop.handle}`} className="underline">
          {t("studio.status.viewShop")}
        </Link>
      </Notice>
    )
  if (shop.status === "pending") return <Notice>{t("studio.status.pending")}</Notice>
  if (shop.status === "rejected")
    return (
      <Notice tone="warn">
        <p className="font-semibold">{t("studio.status.rejected")}</p>
        {reason}
        <p className="mt-1">{t("studio.status.rejectedNext")}</p>
      </Notice>
    )
  return (
    <Notice tone="warn">
      <p className="font-semibold">{t("studio.status.suspended")}</p>
      {reason}
      <p className="mt-1">{t("studio.status.suspendedNext")}</p>
    </Notice>
  )
}
