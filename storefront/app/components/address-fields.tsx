import type { ReactNode } from "react"
import type { MessageKey } from "~/lib/i18n"
import type { Address } from "~/lib/types"
import { useT } from "~/lib/use-t"

type FieldError = "checkout.fieldRequired" | "checkout.emailInvalid"

function Field({
  name,
  label,
  value,
  error,
  type = "text",
  autoComplete,
  required = true,
}: {
  name: string
  label: MessageKey
  value?: string | null
  error?: FieldError
  type?: string
  autoComplete: string
  required?: boolean
}) {
  const t = useT()
  return (
    <div>
      <label htmlFor={`f-${name}`} className="label">
        {t(label)}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
        className="input"
      />
      {error ? (
        <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700">
          {t(error)}
        </p>
      ) : null}
    </div>
  )
}

export function AddressFields({
  email,
  address,
  countries,
  errors,
  contactOnly = false,
}: {
  email?: string
  address: Address | null | undefined
  countries: { code: string; name: string }[]
  errors: Record<string, FieldError>
  /** nothing is shipped: the name and the country the buyer lives in, no street (docs/decisions/043) */
  contactOnly?: boolean
}) {
  const t = useT()
  const country = (
    <div>
      <label htmlFor="f-country_code" className="label">
        {t(contactOnly ? "checkout.countryOfResidence" : "checkout.country")}
      </label>
      <select id="f-country_code" name="country_code" defaultValue={address?.country_code ?? countries[0]?.code} className="input">
        {countries.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {email !== undefined ? (
        <div className="sm:col-span-2">
          <Field name="email" label="checkout.email" type="email" value={email} error={errors.email} autoComplete="email" />
        </div>
      ) : null}
      <Field name="first_name" label="checkout.firstName" value={address?.first_name} error={errors.first_name} autoComplete="given-name" />
      <Field name="last_name" label="checkout.lastName" value={address?.last_name} error={errors.last_name} autoComplete="family-name" />
      {contactOnly ? country : <StreetFields address={address} errors={errors} country={country} />}
    </div>
  )
}

function StreetFields({
  address,
  errors,
  country,
}: {
  address: Address | null | undefined
  errors: Record<string, FieldError>
  country: ReactNode
}) {
  return (
    <>
      <div className="sm:col-span-2">
        <Field
          name="address_1"
          label="checkout.address1"
          value={address?.address_1}
          error={errors.address_1}
          autoComplete="address-line1"
        />
      </div>
      <Field name="city" label="checkout.city" value={address?.city} error={errors.city} autoComplete="address-level2" />
      <Field name="postal_code" label="checkout.postalCode" value={address?.postal_code} autoComplete="postal-code" required={false} />
      {country}
      <Field name="phone" label="checkout.phone" type="tel" value={address?.phone} autoComplete="tel" required={false} />
    </>
  )
}
