import { DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import type { CreatorStatus, Programme } from "../../modules/creator/types"
import { useCreators } from "../hooks/creators"
import { creatorColumns } from "./creator-columns"
import { ProgrammeSelect } from "./programme-select"

const PAGE_SIZE = 20

const EMPTY_TEXT: Record<CreatorStatus, string> = {
  pending: "No shop is waiting for approval.",
  approved: "No shop has been approved yet.",
  suspended: "No shop is suspended.",
  rejected: "No shop has been rejected.",
}

/** Shops in one status, searchable by name and filterable by programme; a row opens the shop. */
export const CreatorsTable = ({ status }: { status: CreatorStatus }) => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [search, setSearch] = useState("")
  const [programme, setProgramme] = useState<Programme | undefined>()

  const { data, isLoading } = useCreators({
    status,
    programme,
    q: search || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    data: data?.creators ?? [],
    columns: creatorColumns,
    getRowId: (creator) => creator.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((page) => ({ ...page, pageIndex: 0 }))
      },
    },
    onRowClick: (_event, creator) => navigate(`/creators/${creator.id}`),
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between gap-x-2 px-6 py-4">
        <ProgrammeSelect
          value={programme}
          onChange={(value) => {
            setProgramme(value)
            setPagination((page) => ({ ...page, pageIndex: 0 }))
          }}
        />
        <DataTable.Search placeholder="Search by name" />
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: { heading: EMPTY_TEXT[status] },
          filtered: { heading: "No shop matches", description: "Change the search or the programme." },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
