import { useMemo, type ReactNode } from 'react'
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'

/** One column as screens describe it: a header already translated, a cell renderer. */
export interface Column<Row> {
  readonly id: string
  readonly header: string
  readonly cell: (row: Row) => ReactNode
  /** Extra class on th/td: "ref" (monospace, no wrap), "date", "num", "wide". */
  readonly className?: string
}

const features = tableFeatures({})

interface Props<Row extends Record<string, unknown>> {
  readonly caption: string
  readonly rows: readonly Row[]
  readonly columns: readonly Column<Row>[]
  readonly getRowId: (row: Row) => string
  readonly busy?: boolean
}

/**
 * A plain, semantic table (caption, th scope=col) driven by TanStack Table v9. Sorting and
 * filtering happen in the core; the table only lays out what it was given.
 */
export function DataTable<Row extends Record<string, unknown>>({ caption, rows, columns, getRowId, busy }: Props<Row>): ReactNode {
  const defs = useMemo(() => {
    const helper = createColumnHelper<typeof features, Row>()
    return helper.columns(
      columns.map((c) => helper.display({ id: c.id, header: () => c.header, cell: ({ row }) => c.cell(row.original) }))
    )
  }, [columns])
  const classOf = useMemo(() => new Map(columns.map((c) => [c.id, c.className])), [columns])
  const data = useMemo(() => [...rows], [rows])
  const table = useTable({ features, columns: defs, data, getRowId })

  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={classOf.get(header.column.id)}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={classOf.get(cell.column.id)}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
