import { errorMessage } from "@creative-market/admin-ui"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { EMPTY_PARTNER, partnerBody, partnerError, partnerProblems, type PartnerForm } from "../../lib/partner-form"
import { sdk } from "../../lib/sdk"

type Partner = {
  id: string
  name: string
  format: string
  market_country: string
  language: string
  currency: string
  rate_limit_per_minute: number
  active: boolean
  tokens: { id: string; hint: string; expires_at: string | null; revoked_at: string | null }[]
  last_snapshot: { status: string; item_count: number; built_at: string; note: string | null } | null
}

type Summary = { ready: number; not_ready: number; reasons: { code: string; field: string; message: { en: string }; count: number }[] }

/** Shows a token once, right after it was issued. */
function NewToken({ token }: { token: string | null }) {
  if (!token) return null
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md p-3">
      <Text size="small" weight="plus">
        New token: copy it now, it is not shown again.
      </Text>
      <code className="break-all text-xs">{token}</code>
    </div>
  )
}

function PartnerReadiness({ id }: { id: string }) {
  const { data, isLoading } = useQuery({
    queryKey: ["export-partner-readiness", id],
    queryFn: () => sdk.client.fetch<Summary>(`/admin/export-partners/${id}/readiness`),
  })
  if (isLoading || !data) return <Text size="small">Counting…</Text>
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small">
        {data.ready} ready, {data.not_ready} not ready
      </Text>
      {data.reasons.slice(0, 3).map((reason) => (
        <Text key={reason.code} size="xsmall" className="text-ui-fg-subtle">
          {reason.count} × {reason.message.en} ({reason.field})
        </Text>
      ))}
    </div>
  )
}

function CreatePartner({ onToken }: { onToken: (token: string) => void }) {
  const client = useQueryClient()
  const [form, setForm] = useState<PartnerForm>(EMPTY_PARTNER)
  const [problems, setProblems] = useState<string[]>([])
  const create = useMutation({
    mutationFn: (body: PartnerForm) => sdk.client.fetch<{ token: string }>("/admin/export-partners", { method: "POST", body }),
    onSuccess: (data) => {
      onToken(data.token)
      setForm(EMPTY_PARTNER)
      toast.success("Partner created")
      return client.invalidateQueries({ queryKey: ["export-partners"] })
    },
    onError: (e) => setProblems([partnerError(errorMessage(e))]),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = partnerProblems(form)
    setProblems(found)
    if (found.length === 0) create.mutate(partnerBody(form))
  }
  const field = (key: keyof typeof form, label: string) => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={`partner-${key}`}>
        {label}
      </Label>
      <Input id={`partner-${key}`} size="small" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  )
  return (
    <form onSubmit={submit} className="grid grid-cols-6 items-end gap-3 px-6 py-4">
      {field("name", "Name")}
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor="partner-format">
          Format
        </Label>
        <Select value={form.format} onValueChange={(format) => setForm({ ...form, format })}>
          <Select.Trigger id="partner-format">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {["google-xml", "meta-csv", "json"].map((format) => (
              <Select.Item key={format} value={format}>
                {format}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {field("market_country", "Market (ISO)")}
      {field("language", "Language")}
      {field("currency", "Currency")}
      <Button size="small" type="submit" isLoading={create.isPending}>
        Create partner
      </Button>
      {problems.length > 0 && (
        <div role="alert" className="col-span-6 flex flex-col">
          {problems.map((problem) => (
            <Text key={problem} size="small" className="text-ui-fg-error">
              {problem}
            </Text>
          ))}
        </div>
      )}
    </form>
  )
}

/** Settings › Export partners: partners, their feeds, tokens, readiness and fetch log. */
const ExportPartnersPage = () => {
  const client = useQueryClient()
  const [token, setToken] = useState<string | null>(null)
  const { data, error } = useQuery({
    queryKey: ["export-partners"],
    queryFn: () => sdk.client.fetch<{ partners: Partner[] }>("/admin/export-partners"),
  })
  const refresh = () => client.invalidateQueries({ queryKey: ["export-partners"] })
  const rotate = useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ token: string }>(`/admin/export-partners/${id}/tokens`, { method: "POST", body: { grace_hours: 24 } }),
    onSuccess: (result) => {
      setToken(result.token)
      return refresh()
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const revoke = useMutation({
    mutationFn: ({ id, token }: { id: string; token: string }) =>
      sdk.client.fetch(`/admin/export-partners/${id}/tokens/${token}`, { method: "DELETE" }),
    onSuccess: refresh,
    onError: (e) => toast.error(errorMessage(e)),
  })
  const build = useMutation({
    mutationFn: ({ id, confirm }: { id: string; confirm: boolean }) =>
      sdk.client.fetch<{ build: { status: string; item_count: number; note: string | null } }>(`/admin/export-partners/${id}/builds`, {
        method: "POST",
        body: { confirm },
      }),
    onSuccess: ({ build }) => {
      if (build.note) toast.warning(build.note)
      else toast.success(`Published ${build.item_count} items`)
      return refresh()
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Export partners</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Partners pull their feed with their token. Tokens are shown once; rotating keeps the old one valid for 24 hours.
        </Text>
      </div>
      <CreatePartner onToken={setToken} />
      <div className="px-6 py-2">
        <NewToken token={token} />
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Partner</Table.HeaderCell>
            <Table.HeaderCell>Feed</Table.HeaderCell>
            <Table.HeaderCell>Readiness</Table.HeaderCell>
            <Table.HeaderCell>Tokens</Table.HeaderCell>
            <Table.HeaderCell>Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.partners ?? []).map((partner) => (
            <Table.Row key={partner.id}>
              <Table.Cell>
                <Text size="small" weight="plus">
                  {partner.name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {partner.format} · {partner.market_country} · {partner.language} · {partner.currency.toUpperCase()}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {partner.last_snapshot ? (
                  <div className="flex flex-col">
                    <Badge size="2xsmall" color={partner.last_snapshot.status === "published" ? "green" : "orange"}>
                      {partner.last_snapshot.status} · {partner.last_snapshot.item_count} items
                    </Badge>
                    {partner.last_snapshot.note && <Text size="xsmall">{partner.last_snapshot.note}</Text>}
                  </div>
                ) : (
                  <Text size="small">Not built yet</Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <PartnerReadiness id={partner.id} />
              </Table.Cell>
              <Table.Cell>
                {partner.tokens.map((t) => (
                  <div key={t.id} className="flex items-center gap-x-2">
                    <code className="text-xs">{t.hint}</code>
                    {t.revoked_at ? (
                      <Badge size="2xsmall">revoked</Badge>
                    ) : t.expires_at && Date.parse(t.expires_at) <= Date.now() ? (
                      // a rotated token past its grace period: nothing left to revoke
                      <Badge size="2xsmall">expired</Badge>
                    ) : (
                      <Button size="small" variant="transparent" onClick={() => revoke.mutate({ id: partner.id, token: t.id })}>
                        Revoke
                      </Button>
                    )}
                  </div>
                ))}
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-x-2">
                  <Button size="small" variant="secondary" onClick={() => rotate.mutate(partner.id)}>
                    Rotate token
                  </Button>
                  <Button size="small" variant="secondary" onClick={() => build.mutate({ id: partner.id, confirm: false })}>
                    Build now
                  </Button>
                  {partner.last_snapshot?.status === "held" && (
                    <Button size="small" onClick={() => build.mutate({ id: partner.id, confirm: true })}>
                      Confirm and publish
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Export partners" })

export default ExportPartnersPage
