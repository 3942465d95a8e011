import { Select } from "@medusajs/ui"
import { PROGRAMMES, type Programme } from "../../modules/creator/types"
import { PROGRAMME_LABELS } from "../lib/format"

const ALL = "all"

/** Narrows the creators table to one programme (Music, Gametech, Cultech, …). */
export const ProgrammeSelect = ({ value, onChange }: { value?: Programme; onChange: (value?: Programme) => void }) => (
  <Select size="small" value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : (next as Programme))}>
    <Select.Trigger className="w-[180px]">
      <Select.Value placeholder="Programme" />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>All programmes</Select.Item>
      {PROGRAMMES.map((programme) => (
        <Select.Item key={programme} value={programme}>
          {PROGRAMME_LABELS[programme]}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
