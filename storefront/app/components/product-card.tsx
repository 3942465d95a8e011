import { Link } from "react-router"
import { formatMoney } from "~/lib/format"
import type { MessageKey } from "~/lib/i18n"
import { useLocale, useT } from "~/lib/use-t"
import { Img } from "./image"

export type CardProduct = {
  id: string
  handle: string
  title: string
  thumbnail?: string | null
  kind?: string | null
  creatorName?: string | null
  price?: { amount: number; currency: string } | null
}

export function ProductCard({ product, priority = false }: { product: CardProduct; priority?: boolean }) {
  const locale = useLocale()
  const t = useT()
  return (
    <li className="group card overflow-hidden">
      <Link to={`/${locale}/products/${product.handle}`} className="block">
        <Img
          src={product.thumbnail}
          alt=""
          width={480}
          height={480}
          sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
          widths={[160, 320, 480, 640]}
          priority={priority}
          className="aspect-square w-full object-cover transition-transform group-hover:scale-[1.02]"
        />
        <div className="p-3">
          {product.kind ? (
            <p className="text-xs font-medium uppercase tracking-wide text-saffron-700">{t(`kind.${product.kind}` as MessageKey)}</p>
          ) : null}
          <h3 className="mt-1 line-clamp-2 text-sm font-semibold text-stone-900">{product.title}</h3>
          {product.creatorName ? <p className="mt-0.5 text-xs text-stone-600">{t("product.by", { name: product.creatorName })}</p> : null}
          {product.price ? (
            <p className="mt-2 text-sm font-semibold text-stone-900">{formatMoney(product.price.amount, product.price.currency, locale)}</p>
          ) : null}
        </div>
      </Link>
    </li>
  )
}

export function ProductGrid({ products, label }: { products: CardProduct[]; label?: string }) {
  const t = useT()
  if (products.length === 0) return <p className="text-stone-600">{t("list.empty")}</p>
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <ProductCard key={product.id} product={product} priority={index < 4} />
      ))}
    </ul>
  )
}
