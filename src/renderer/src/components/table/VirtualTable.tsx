import { memo, useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useT } from '../../i18n/I18nContext'
import './table.css'

const features = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature, columnOrderingFeature })
type Features = typeof features

/** A column as a screen describes it; the table lays it out in a CSS grid. */
export interface TableColumn<R> {
  readonly id: string
  readonly header: string
  readonly cell: (row: R) => ReactNode
  /** The full text for a cell that may be cut off (shown as a tooltip). */
  readonly title?: (row: R) => string | undefined
  readonly sortable: boolean
  /** Minimum width (px) and share of the spare width. */
  readonly width: number
  readonly grow?: number
  readonly className?: string
}

export const ROW_HEIGHT = 36
/** The sticky header row sits above the rows inside the same scroll container. */
const HEADER_HEIGHT = 38
const SELECT_ID = '__select'
const SELECT_WIDTH = 36

interface Props<R extends RowData> {
  /** The accessible name of the table. */
  readonly label: string
  readonly columns: readonly TableColumn<R>[]
  /** The loaded rows, in display order; rows up to `total` that are not loaded yet show as pending. */
  readonly rows: R[]
  readonly total: number
  readonly getRowId: (row: R) => string
  readonly rowLabel: (row: R) => string
  readonly sorting: SortingState
  readonly onSortingChange: (sorting: SortingState) => void
  readonly columnOrder: string[]
  readonly columnVisibility: Record<string, boolean>
  readonly rowSelection: RowSelectionState
  readonly onRowSelectionChange: (selection: RowSelectionState) => void
  /** A click on a row (outside its controls) opens it. */
  readonly onOpen: (row: R) => void
  readonly busy?: boolean
  readonly rowClassName?: (row: R) => string | undefined
  /** Extra attributes for tests and the bench (data-*). */
  readonly dataAttributes?: Record<`data-${string}`, string>
}

const interactive = 'a, button, input, select, textarea, label'

/**
 * A virtualised table for long registries: TanStack Table v9 owns sorting (manual: the core
 * sorts), selection (with Shift ranges), column visibility and order; TanStack Virtual renders
 * only the rows in view. ARIA table roles keep the semantics of a real table, with
 * aria-rowcount / aria-rowindex so assistive technology knows where a row sits in the whole list.
 */
export function VirtualTable<R extends RowData>(props: Props<R>): ReactNode {
  const { label, columns, rows, total, getRowId, rowLabel, sorting, onSortingChange, columnOrder, columnVisibility, rowSelection, onRowSelectionChange } = props
  const t = useT()
  const scrollRef = useRef<HTMLDivElement>(null)

  const specs = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns])
  const defs = useMemo(() => {
    const helper = createColumnHelper<Features, R>()
    return helper.columns([
      helper.display({ id: SELECT_ID, enableSorting: false, enableHiding: false }),
      // An accessor makes a column sortable for TanStack; the core does the sorting (manualSorting).
      ...columns.map((c) => (c.sortable ? helper.accessor(() => '', { id: c.id, enableSorting: true }) : helper.display({ id: c.id, enableSorting: false })))
    ])
  }, [columns])
  const order = useMemo(() => [SELECT_ID, ...columnOrder], [columnOrder])

  const table = useTable({
    features,
    columns: defs,
    data: rows,
    getRowId,
    state: { sorting, rowSelection, columnOrder: order, columnVisibility },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    onRowSelectionChange: (updater) => onRowSelectionChange(typeof updater === 'function' ? updater(rowSelection) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    sortDescFirst: false,
    enableMultiSort: false,
    enableRowSelection: true
  })

  const visible = table.getVisibleLeafColumns()
  const layout = useMemo(() => {
    let min = 0
    const parts = visible.map((column) => {
      if (column.id === SELECT_ID) {
        min += SELECT_WIDTH
        return `${SELECT_WIDTH}px`
      }
      const spec = specs.get(column.id)
      const width = spec?.width ?? 120
      min += width
      return spec?.grow ? `minmax(${width}px, ${spec.grow}fr)` : `${width}px`
    })
    return { template: parts.join(' '), min }
  }, [visible, specs])

  const modelRows = table.getRowModel().rows
  // The virtualizer is read fresh on every render (no React Compiler memoisation is relied on here).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT
  })

  const selectedCount = Object.keys(rowSelection).length
  const allSelected = rows.length > 0 && selectedCount >= rows.length && rows.every((r) => rowSelection[getRowId(r)])
  const someSelected = selectedCount > 0 && !allSelected
  const selectAll = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected
  }, [someSelected])

  // Arrow keys move between rows (keeping the same control: link or checkbox), scrolling as needed.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    const target = e.target as HTMLElement
    const rowEl = target.closest<HTMLElement>('[data-index]')
    if (!rowEl || !(e.key in keys) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
    const from = Number(rowEl.dataset.index)
    const last = Math.min(total, modelRows.length) - 1
    const to = Math.max(0, Math.min(last, from + keys[e.key]))
    if (to === from) return
    e.preventDefault()
    const selector = target.matches('input[type="checkbox"]') ? 'input[type="checkbox"]' : 'a'
    virtualizer.scrollToIndex(to, { align: 'auto' })
    const focus = (tries: number): void => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${to}"] ${selector}`)
      if (el) el.focus({ preventScroll: true })
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1))
    }
    requestAnimationFrame(() => focus(5))
  }

  const style = { '--vt-cols': layout.template, '--vt-min': `${layout.min}px` } as CSSProperties
  const items = virtualizer.getVirtualItems()

  return (
    <div
      ref={scrollRef}
      className="vt"
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-colcount={visible.length}
      aria-busy={props.busy || undefined}
      style={style}
      onKeyDown={onKeyDown}
      {...props.dataAttributes}
    >
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row vt-header-row">
          {table.getHeaderGroups()[0].headers.map((header) => {
            if (header.column.id === SELECT_ID) {
              return (
                <div key={header.id} role="columnheader" className="vt-cell vt-select">
                  <input
                    ref={selectAll}
                    type="checkbox"
                    checked={allSelected}
                    disabled={rows.length === 0}
                    onChange={() => table.toggleAllRowsSelected(!allSelected)}
                    aria-label={t('rv.select.all')}
                  />
                </div>
              )
            }
            const spec = specs.get(header.column.id)
            const sorted = header.column.getIsSorted()
            const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : spec?.sortable ? 'none' : undefined
            return (
              <div key={header.id} role="columnheader" aria-sort={ariaSort} data-col={header.column.id} className={`vt-cell vt-th ${spec?.className ?? ''}`}>
                {spec?.sortable ? (
                  <button type="button" className="vt-sort" onClick={header.column.getToggleSortingHandler()} title={t('rv.sortBy', { name: spec.header })}>
                    <span>{spec.header}</span>
                    <span className={`vt-sort-icon ${sorted || 'none'}`} aria-hidden="true" />
                  </button>
                ) : (
                  <span className="vt-th-text">{spec?.header}</span>
                )}
              </div>
            )
          })}
        </div>
      </div>
      <div role="rowgroup" className="vt-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = modelRows[item.index]
          if (!row) {
            return (
              <div key={`pending-${item.index}`} role="row" aria-rowindex={item.index + 2} className="vt-row vt-pending" style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}>
                <div role="cell" className="vt-cell vt-pending-cell">
                  {t('rv.row.loading')}
                </div>
              </div>
            )
          }
          return (
            <BodyRow
              key={row.id}
              row={row}
              index={item.index}
              start={item.start - HEADER_HEIGHT}
              selected={Boolean(rowSelection[row.id])}
              columnKey={layout.template + visible.map((c) => c.id).join(',')}
              specs={specs}
              rowLabel={rowLabel}
              selectLabel={t('rv.select.row', { name: rowLabel(row.original) })}
              onOpen={props.onOpen}
              className={props.rowClassName?.(row.original)}
            />
          )
        })}
      </div>
    </div>
  )
}

interface RowProps<R extends RowData> {
  readonly row: Row<Features, R>
  readonly index: number
  readonly start: number
  readonly selected: boolean
  /** Changes whenever the visible columns change, so the memo re-renders. */
  readonly columnKey: string
  readonly specs: Map<string, TableColumn<R>>
  readonly rowLabel: (row: R) => string
  readonly selectLabel: string
  readonly onOpen: (row: R) => void
  readonly className?: string
}

function BodyRowImpl<R extends RowData>({ row, index, start, selected, specs, selectLabel, onOpen, className }: RowProps<R>): ReactNode {
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    if ((e.target as HTMLElement).closest(interactive)) return
    if (window.getSelection()?.toString()) return
    onOpen(row.original)
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      className={`vt-row${selected ? ' vt-selected' : ''}${className ? ` ${className}` : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={onClick}
    >
      {row.getVisibleCells().map((cell) => {
        if (cell.column.id === SELECT_ID) {
          return (
            <div key={cell.id} role="cell" className="vt-cell vt-select">
              <input type="checkbox" checked={selected} onChange={row.getToggleSelectedHandler()} aria-label={selectLabel} />
            </div>
          )
        }
        const spec = specs.get(cell.column.id)
        if (!spec) return null
        return (
          <div key={cell.id} role="cell" data-col={spec.id} className={`vt-cell ${spec.className ?? ''}`} title={spec.title?.(row.original)}>
            {spec.cell(row.original)}
          </div>
        )
      })}
    </div>
  )
}

const BodyRow = memo(BodyRowImpl) as typeof BodyRowImpl
