import { useT } from "~/lib/use-t"

type Option = { value: string; label: string; count: number; selected: boolean }

/** A group of checkboxes; the form submits on change (and with the button when JavaScript is off). */
export function FacetGroup({ name, legend, options }: { name: string; legend: string; options: Option[] }) {
  if (options.length === 0) return null
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-stone-900">{legend}</legend>
      <ul className="space-y-1.5">
        {options.slice(0, 12).map((option) => (
          <li key={option.value}>
            <label className="flex items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={option.selected}
                className="h-4 w-4 accent-brand-600"
              />
              <span className="flex-1">{option.label}</span>
              <span className="text-xs text-stone-600">{option.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/** One bound of the price range: a labelled number input that asks for results after a pause in typing. */
function PriceInput({
  name,
  label,
  value,
  placeholder,
  onType,
}: {
  name: "min" | "max"
  label: string
  value: number | null
  placeholder: string
  onType: () => void
}) {
  return (
    <div>
      <label htmlFor={`price-${name}`} className="sr-only">
        {label}
      </label>
      <input
        onChange={(event) => (event.stopPropagation(), onType())}
        id={`price-${name}`}
        name={name}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        className="input"
      />
    </div>
  )
}

export function PriceRange({
  min,
  max,
  stats,
  onType,
}: {
  min: number | null
  max: number | null
  stats: { min: number; max: number } | null
  onType: () => void
}) {
  const t = useT()
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-stone-900">{t("search.price")}</legend>
      <div className="flex gap-2">
        <PriceInput
          name="min"
          label={t("search.priceMin")}
          value={min}
          placeholder={stats ? String(Math.floor(stats.min)) : "0"}
          onType={onType}
        />
        <PriceInput
          name="max"
          label={t("search.priceMax")}
          value={max}
          placeholder={stats ? String(Math.ceil(stats.max)) : ""}
          onType={onType}
        />
      </div>
    </fieldset>
  )
}
