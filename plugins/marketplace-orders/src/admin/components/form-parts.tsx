import { errorMessage } from "@creative-market/admin-ui"
import { Label, Text, Textarea } from "@medusajs/ui"

/** What the API answered when it refused: its own sentence, read out by screen readers. */
export const ApiError = ({ error }: { error: unknown }) =>
  error ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {errorMessage(error)}
    </Text>
  ) : null

/** The optional note an operator leaves on a refund, a cancellation or a transfer. */
export const NoteField = ({
  id,
  value,
  onChange,
  rows = 2,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  rows?: number
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} weight="plus">
      Note (optional)
    </Label>
    <Textarea id={id} rows={rows} maxLength={2000} value={value} onChange={(event) => onChange(event.target.value)} />
  </div>
)
