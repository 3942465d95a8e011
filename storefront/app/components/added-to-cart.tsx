import { Link } from "react-router"
import { useLocale, useT } from "~/lib/use-t"

/** The live line under an add-to-cart form: "added, view cart", or what went wrong (else a generic sentence). */
export function AddedToCart({ result, className = "" }: { result: { ok: boolean; message?: string } | undefined; className?: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <p role="status" className={`min-h-6 text-sm ${className}`}>
      {result?.ok ? (
        <>
          {t("product.added")}{" "}
          <Link to={`/${locale}/cart`} className="font-semibold text-brand-700 underline">
            {t("product.viewCart")}
          </Link>
        </>
      ) : result ? (
        <span className="text-red-700">{result.message ?? t("error.generic")}</span>
      ) : null}
    </p>
  )
}
