/** A table's header row: one column heading each, numbers aligned to the end; `cell` is the table's cell padding. */
export function ColumnHeads({ columns, cell }: { columns: { label: string; numeric?: boolean }[]; cell: string }) {
  return (
    <tr>
      {columns.map((column) => (
        <th key={column.label} scope="col" className={column.numeric ? `${cell} text-right` : cell}>
          {column.label}
        </th>
      ))}
    </tr>
  )
}
