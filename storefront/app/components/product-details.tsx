import { Link } from "react-router"
import type { Product } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

/** What the kind means for the buyer: shipping, the licence a digital tier gives, how a service is delivered. */
export function ProductDetails({ product, variantTitle }: { product: Product; variantTitle: string }) {
  const t = useT()
  const locale = useLocale()
  const listing = product.listing
  const kind = listing?.kind ?? "physical"
  const tier = variantTitle.toLowerCase()
  return (
    <section aria-labelledby="details-heading" className="mt-8 space-y-3 border-t border-stone-200 pt-6">
      <h2 id="details-heading" className="text-lg font-semibold">
        {t("product.details")}
      </h2>
      {kind === "physical" ? <p className="text-sm text-stone-700">{t("product.shipping")}</p> : null}
      {kind === "digital" ? (
        <>
          <p className="text-sm text-stone-700">
            {t("product.digital", { limit: listing?.download_limit ?? 5, hours: listing?.download_ttl_hours ?? 72 })}
          </p>
          <p className="text-sm text-stone-700">
            <strong>{t("product.licence")}: </strong>
            {tier.includes("commercial") || tier.includes("kommers") || tier.includes("коммер")
              ? t("product.licence.commercial")
              : tier.includes("personal") || tier.includes("şəxsi") || tier.includes("лич")
                ? t("product.licence.personal")
                : t("product.licence.other")}
          </p>
        </>
      ) : null}
      {kind === "service" ? (
        <>
          <p className="text-sm text-stone-700">{t(`product.service.${listing?.service_delivery ?? "remote"}`)}</p>
          {listing?.service_lead_time_days ? (
            <p className="text-sm text-stone-700">{t("product.service.lead", { days: listing.service_lead_time_days })}</p>
          ) : null}
        </>
      ) : null}
      {product.description ? <div className="whitespace-pre-line text-stone-800">{product.description}</div> : null}
      {product.categories?.length ? (
        <p className="text-sm text-stone-700">
          {t("product.categories")}:{" "}
          {product.categories.map((category, index) => (
            <span key={category.id}>
              {index > 0 ? ", " : ""}
              <Link to={`/${locale}/categories/${category.handle}`} className="underline">
                {category.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  )
}
