import { Form } from "react-router"
import { formatMoney } from "~/lib/format"
import type { EditResult } from "~/lib/studio/product-edit.server"
import type { DigitalFile, Kind, Product } from "~/lib/studio/types"
import { available } from "~/lib/studio/types"
import { optionTitle } from "~/lib/option-title"
import { useLocale, useT } from "~/lib/use-t"
import { FormAlert, Notice, Saved } from "./fields"
import { VariantFields } from "./product-fields"
import { Uploader } from "./uploader"

/** The state of one form on the page: only the form that was submitted gets the answer back. */
export function stateFor(result: EditResult | undefined, intent: string, target?: string) {
  if (!result || result.intent !== intent || (target && result.target !== target)) return undefined
  return { values: result.values, errors: result.errors }
}

function Done({ result, intent, target }: { result?: EditResult; intent: string; target?: string }) {
  const mine = result && result.intent === intent && (!target || result.target === target)
  return <Saved message={mine && result.done} />
}

function Remove({ intent, target, label }: { intent: string; target: string; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="target" value={target} />
      <button type="submit" name="intent" value={intent} className="btn-secondary py-1 text-red-800">
        {label}
      </button>
    </Form>
  )
}

export function ImagesSection({ product, result }: { product: Product; result?: EditResult }) {
  const t = useT()
  const locale = useLocale()
  const images = [...(product.images ?? [])].sort((a, b) => a.rank - b.rank)
  return (
    <section className="card space-y-3 p-5" aria-labelledby="images-heading">
      <h2 id="images-heading" className="text-lg font-semibold">
        {t("studio.images.title")}
      </h2>
      {images.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {images.map((image, i) => (
            <li key={image.id} className="space-y-2">
              <img
                src={image.url}
                alt={t("studio.images.alt", { n: i + 1, title: product.title })}
                className="aspect-square w-full rounded object-cover"
              />
              <Remove intent="deleteImage" target={image.id} label={t("studio.images.remove", { n: i + 1 })} />
            </li>
          ))}
        </ul>
      ) : (
        <Notice>{t("studio.images.none")}</Notice>
      )}
      {result?.intent === "deleteImage" && result.error ? (
        <p role="alert" className="text-sm text-red-700">
          {t(result.error)}
        </p>
      ) : null}
      <Uploader
        name="images"
        action={`/${locale}/studio/products/${product.id}/uploads/images`}
        accept="image/jpeg,image/png,image/webp,image/gif"
        label={t("studio.images.add")}
        hint={t("studio.images.hint")}
      />
    </section>
  )
}

export function VariantsSection({ product, kind, result }: { product: Product; kind: Kind; result?: EditResult }) {
  const t = useT()
  const locale = useLocale()
  const optionTitles = (product.options ?? []).map((o) => o.title)
  const variants = product.variants ?? []
  return (
    <section className="card space-y-4 p-5" aria-labelledby="variants-heading">
      <h2 id="variants-heading" className="text-lg font-semibold">
        {t(kind === "digital" ? "studio.variants.tiers" : "studio.variants.title")}
      </h2>
      {optionTitles.length ? (
        <p className="text-sm text-stone-700">
          {t("studio.variants.options")}:{" "}
          {(product.options ?? []).map((o) => `${optionTitle(o.title, t)} (${(o.values ?? []).map((v) => v.value).join(", ")})`).join("; ")}
        </p>
      ) : null}
      {result?.intent === "deleteVariant" && result.error ? (
        <p role="alert" className="text-sm text-red-700">
          {t(result.error)}
        </p>
      ) : null}
      {variants.map((variant) => (
        <details
          key={variant.id}
          className="rounded-md border border-stone-200 p-3"
          open={result?.target === variant.id && Boolean(result.errors)}
        >
          <summary className="cursor-pointer font-medium">
            {variant.title}
            <span className="ml-2 text-sm font-normal text-stone-700">
              {(variant.prices ?? []).map((p) => formatMoney(p.amount, p.currency_code, locale)).join(" · ")}
              {kind === "physical" ? ` · ${t("studio.variants.inStock", { count: available(variant) })}` : ""}
            </span>
          </summary>
          <Form method="post" className="mt-3 space-y-3" noValidate>
            <input type="hidden" name="target" value={variant.id} />
            <FormAlert state={stateFor(result, "updateVariant", variant.id)} />
            <VariantFields
              kind={kind}
              variant={variant}
              optionTitles={optionTitles}
              state={stateFor(result, "updateVariant", variant.id)}
            />
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" name="intent" value="updateVariant" className="btn-primary">
                {t("studio.save")}
              </button>
              <Done result={result} intent="updateVariant" target={variant.id} />
            </div>
          </Form>
          <div className="mt-2">
            <Remove intent="deleteVariant" target={variant.id} label={t("studio.variants.remove")} />
          </div>
        </details>
      ))}
      <details
        className="rounded-md border border-dashed border-stone-300 p-3"
        open={result?.intent === "addVariant" && Boolean(result.errors)}
      >
        <summary className="cursor-pointer font-medium">
          {t(kind === "digital" ? "studio.variants.addTier" : "studio.variants.add")}
        </summary>
        <Form method="post" className="mt-3 space-y-3" noValidate>
          <FormAlert state={stateFor(result, "addVariant")} />
          <VariantFields kind={kind} optionTitles={optionTitles} state={stateFor(result, "addVariant")} />
          <button type="submit" name="intent" value="addVariant" className="btn-primary">
            {t("studio.variants.addSubmit")}
          </button>
        </Form>
      </details>
      <Done result={result} intent="addVariant" />
    </section>
  )
}

export function FilesSection({ product, files, result }: { product: Product; files: DigitalFile[]; result?: EditResult }) {
  const t = useT()
  const locale = useLocale()
  const tiers = product.variants ?? []
  return (
    <section className="card space-y-3 p-5" aria-labelledby="files-heading">
      <h2 id="files-heading" className="text-lg font-semibold">
        {t("studio.files.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("studio.files.intro")}</p>
      {files.length ? (
        <ul className="divide-y divide-stone-200 text-sm">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {file.filename} · {Math.max(1, Math.round(file.size / 1024))} KB ·{" "}
                {file.variant_id ? tiers.find((v) => v.id === file.variant_id)?.title : t("studio.files.allTiers")}
              </span>
              <Remove intent="deleteFile" target={file.id} label={t("studio.files.remove")} />
            </li>
          ))}
        </ul>
      ) : (
        <Notice tone="warn">{t("studio.files.none")}</Notice>
      )}
      {result?.intent === "deleteFile" && result.error ? (
        <p role="alert" className="text-sm text-red-700">
          {t(result.error)}
        </p>
      ) : null}
      <Uploader
        name="files"
        action={`/${locale}/studio/products/${product.id}/uploads/files`}
        label={t("studio.files.add")}
        hint={t("studio.files.hint")}
      />
      {tiers.length > 1
        ? tiers.map((tier) => (
            <Uploader
              key={tier.id}
              name={`files-${tier.id}`}
              extra={{ variant_id: tier.id }}
              action={`/${locale}/studio/products/${product.id}/uploads/files`}
              label={t("studio.files.addFor", { tier: tier.title })}
              hint={t("studio.files.hint")}
            />
          ))
        : null}
    </section>
  )
}
