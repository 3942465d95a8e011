import { errorMessage, LoadState } from "@creative-market/admin-ui"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { FIELDS, profileBody } from "../lib/profile-edit"
import { sdk } from "../lib/sdk"

type Profile = Record<string, any> | null

/** The cultural-goods certificate: its number, issuer and date, and its private document to download. */
const CertificateSummary = ({ productId, profile }: { productId: string; profile: NonNullable<Profile> }) => {
  const file = profile.cultural_certificate_file as { filename: string; size: number } | null
  if (!profile.cultural_certificate_number && !file) return null
  const date = profile.cultural_certificate_date ? new Date(profile.cultural_certificate_date).toISOString().slice(0, 10) : "no date"
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        Cultural-goods certificate
      </Text>
      <Text size="small">
        {profile.cultural_certificate_number ?? "no number"}, {profile.cultural_certificate_issuer ?? "no issuer"}, {date}
      </Text>
      {file ? (
        <a
          className="text-ui-fg-interactive txt-small"
          href={`/admin/products/${productId}/export-profile/certificate`}
          download={file.filename}
        >
          Download {file.filename} ({Math.ceil(file.size / 1024)} KB)
        </a>
      ) : (
        <Text size="small" className="text-ui-fg-error">
          No certificate document uploaded.
        </Text>
      )}
    </div>
  )
}

/** On a product's page: its export profile (customs and partner data), editable by operators. */
const ProductExportProfileWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const url = `/admin/products/${product.id}/export-profile`
  const client = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["export-profile", product.id],
    queryFn: () => sdk.client.fetch<{ export_profile: Profile }>(url),
  })
  const [draft, setDraft] = useState<Record<string, string>>({})
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<{ export_profile: Profile }>(url, { method: "POST", body }),
    onSuccess: () => {
      setDraft({})
      toast.success("Export profile saved")
      return client.invalidateQueries({ queryKey: ["export-profile", product.id] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const profile = data?.export_profile ?? null

  function submit(event: FormEvent) {
    event.preventDefault()
    save.mutate(profileBody(draft))
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Export profile</Heading>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && (
        <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
          {!profile && (
            <Text size="small" className="text-ui-fg-subtle">
              No export profile yet: partners will not receive this product.
            </Text>
          )}
          {FIELDS.map((field) => (
            <div key={field.key} className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor={`export-${field.key}`}>
                {field.label}
              </Label>
              <Input
                id={`export-${field.key}`}
                size="small"
                value={draft[field.key] ?? (profile?.[field.key] ?? "").toString()}
                onChange={(e) => setDraft({ ...draft, [field.key]: e.target.value })}
              />
            </div>
          ))}
          {profile && <CertificateSummary productId={product.id} profile={profile} />}
          {profile?.dangerous_goods && (
            <Text size="small">
              Dangerous goods: {profile.un_number ?? "no UN number"} class {profile.dg_class ?? "?"}
            </Text>
          )}
          <Button size="small" type="submit" isLoading={save.isPending} disabled={!Object.keys(draft).length}>
            Save
          </Button>
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductExportProfileWidget
