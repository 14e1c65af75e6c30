import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { RowSelectionState, SortingState } from '@tanstack/react-table'
import type { CatalogOptions } from '../../../../shared/api'
import type { RegistryKind } from '../../../../shared/model'
import { viewColumn } from '../../../../shared/registry-view'
import { asApiError, call, type ApiError } from '../../api/client'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { downloadBase64 } from '../../components/table/download'
import { VirtualTable } from '../../components/table/VirtualTable'
import { useDebounced } from '../../hooks/useDebounced'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf, navigate } from '../../hooks/useRoute'
import { errorText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { BulkBar, canLinkTom, type Notice } from './BulkBar'
import { ColumnsMenu } from './ColumnsMenu'
import { useFindingCounts } from '../dashboard/useFindingCounts'
import { columnsFor, linkTargets, type AnyEntity } from './columns'
import { ExportMenu, type CsvChoice } from './ExportMenu'
import { rowFacetFields, type Filters, type FilterValue } from './facets'
import { FilterBar } from './FilterBar'
import { useColumnPrefs } from './useColumnPrefs'
import { useNames } from './useNames'
import { useRegistryRows, type Archived, type ListParams } from './useRegistryRows'
import './registry.css'

const rowId = (row: AnyEntity): string => row.id
const rowLabel = (row: AnyEntity): string => `${row.ref} ${row.name}`
const rowClass = (row: AnyEntity): string | undefined => (row.archivedAt ? 'vt-archived' : undefined)
const DEFAULT_SORT: ListParams['sort'] = { field: 'ref', dir: 'asc' }
/** Searches on the next turn after a key: a paste or a burst of keys becomes one search. */
const SEARCH_PAUSE_MS = 0

/** Typing in a field (or a dialog being open) turns the single-key shortcuts off. */
function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  if (!el) return false
  const textInput = el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type)
  return el.isContentEditable || textInput || ['TEXTAREA', 'SELECT'].includes(el.tagName) || Boolean(document.querySelector('dialog[open]'))
}

/**
 * One registry as a list: quick search, column filters, server-side sorting, remembered columns,
 * a virtualised table for thousands of rows, multi-select with bulk actions, and "export current
 * view" as CSV or XLSX. A row opens the entity (#/<kind>/<id>); "New" opens #/<kind>/new.
 */
export function RegistryPage({ kind }: { kind: RegistryKind }): ReactNode {
  const { t, locale } = useI18n()
  const title = t(`nav.${kind}`)
  const search = useRef<HTMLInputElement>(null)

  const [query, setQuery] = useState('')
  // Each keystroke searches at once: the core answers in a few milliseconds, a list chunk holds
  // it for at most ~35 ms, and answers for an older text are dropped (useRegistryRows).
  const settled = useDebounced(query.trim(), SEARCH_PAUSE_MS)
  const [filters, setFilters] = useState<Filters>({})
  const [sort, setSort] = useState(DEFAULT_SORT)
  const [archived, setArchived] = useState<Archived>('exclude')
  const params = useMemo<ListParams>(() => ({ query: settled, filters, sort, archived }), [settled, filters, sort, archived])
  const data = useRegistryRows(kind, params, rowFacetFields(kind))
  const reload = data.reload

  // Selection belongs to one result set: a new search, filter or archive view starts empty.
  const scope = JSON.stringify([settled, filters, archived])
  const [selection, setSelection] = useState<{ scope: string; ids: RowSelectionState }>({ scope, ids: {} })
  const rowSelection = useMemo(() => (selection.scope === scope ? selection.ids : {}), [selection, scope])
  const selectedIds = useMemo(() => Object.keys(rowSelection).filter((id) => rowSelection[id]), [rowSelection])
  const setRowSelection = useCallback((ids: RowSelectionState) => setSelection({ scope, ids }), [scope])

  const [notice, setNotice] = useState<Notice | null>(null)
  const [actionError, setActionError] = useState<ApiError | null>(null)
  const [exporting, setExporting] = useState(false)

  const prefs = useColumnPrefs(kind)
  const options = useLoad('catalog.options', () => call('catalog.options', {}))
  const visibleIds = useMemo(() => prefs.prefs.order.filter((id) => !prefs.prefs.hidden.includes(id)), [prefs.prefs])
  const [namesRound, setNamesRound] = useState(0)
  const nameKinds = useMemo(() => {
    const kinds = linkTargets(kind, visibleIds)
    if (canLinkTom(kind) && selectedIds.length > 0 && !kinds.includes('toms')) kinds.push('toms')
    return kinds
  }, [kind, visibleIds, selectedIds.length])
  const names = useNames(nameKinds, namesRound)

  const catalog = (options.data ?? null) as CatalogOptions | null
  const nameOf = useCallback((id: string) => names.get(id)?.name, [names])
  // The full check runs once the rows are in, so it never delays the first table.
  const [findingsWanted, setFindingsWanted] = useState(false)
  if (data.complete && !findingsWanted) setFindingsWanted(true)
  const findings = useFindingCounts(kind, namesRound, findingsWanted)
  const columns = useMemo(() => columnsFor({ kind, t, locale, options: catalog, nameOf, findings }), [kind, t, locale, catalog, nameOf, findings])
  const columnVisibility = useMemo(() => Object.fromEntries(prefs.prefs.order.map((id) => [id, !prefs.prefs.hidden.includes(id)])), [prefs.prefs])
  const columnOrder = useMemo(() => [...prefs.prefs.order], [prefs.prefs])
  const sorting = useMemo<SortingState>(() => [{ id: sort.field, desc: sort.dir === 'desc' }], [sort])
  const onSortingChange = useCallback(
    (next: SortingState) => {
      const first = next[0]
      const field = first ? (viewColumn(kind, first.id)?.sort ?? first.id) : DEFAULT_SORT.field
      setSort({ field, dir: first?.desc ? 'desc' : 'asc' })
    },
    [kind]
  )
  const onOpen = useCallback((row: AnyEntity) => navigate(kind, row.id), [kind])

  // "n" or Alt+N: new entry; "/": the quick search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey) return
      if (e.altKey && e.code === 'KeyN') {
        e.preventDefault()
        navigate(kind, 'new')
      } else if (!e.altKey && !typing(e) && (e.key === 'n' || e.key === 'N') && !e.shiftKey) {
        e.preventDefault()
        navigate(kind, 'new')
      } else if (!e.altKey && !typing(e) && e.key === '/') {
        e.preventDefault()
        search.current?.focus()
        search.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [kind])

  useEffect(() => {
    if (!notice) return undefined
    const timer = window.setTimeout(() => setNotice(null), 10_000)
    return () => window.clearTimeout(timer)
  }, [notice])

  const afterAction = useCallback(
    (next: Notice, keepSelection: boolean) => {
      setActionError(null)
      setNotice(next)
      if (!keepSelection) setSelection({ scope, ids: {} })
      reload()
      setNamesRound((r) => r + 1)
    },
    [reload, scope]
  )
  const onActionError = useCallback((e: ApiError) => {
    setNotice(null)
    setActionError(e)
  }, [])

  const exportView = async (format: 'csv' | 'xlsx', csv: CsvChoice): Promise<void> => {
    setExporting(true)
    setActionError(null)
    try {
      const file = await call('registry.exportView', { kind, query: { query: settled, filters: filters as Record<string, FilterValue[]>, sort, archived }, columns: visibleIds, format, locale, csv })
      downloadBase64(file.base64, file.fileName, file.mimeType)
      setNotice({ text: t('rv.notice.exported', { file: file.fileName }) })
    } catch (e) {
      onActionError(asApiError(e))
    } finally {
      setExporting(false)
    }
  }

  const firstLoad = data.loading && data.shownKey === ''
  const filtered = Object.values(filters).some((v) => v.length > 0)
  const pristine = settled === '' && query.trim() === '' && !filtered && archived === 'exclude'
  const shown = data.shownKey ? (JSON.parse(data.shownKey) as ListParams) : params

  // A registry with nothing in it yet shows what to do, not filters and export buttons.
  const emptyRegistry = pristine && !data.loading && !data.error && data.total === 0

  let summary: string
  if (firstLoad) summary = t('registry.loading')
  else if (!data.complete && !data.loading) summary = t('rv.summary.loading', { loaded: formatNumber(locale, data.rows.length), count: formatNumber(locale, data.total) })
  else summary = t('rv.summary.total', { count: formatNumber(locale, data.total) })

  const newLink = (
    <a className="button button-primary" href={hrefOf(kind, 'new')} aria-keyshortcuts="N Alt+N">
      {t(`rv.new.${kind}`)}
    </a>
  )

  let body: ReactNode
  if (firstLoad || !prefs.ready) body = null
  else if (data.total === 0 && !data.loading && !data.error) {
    if (pristine) {
      body = (
        <EmptyState title={t('registry.emptyTitle')} text={t(`rv.empty.${kind}`)}>
          <div className="actions">
            {newLink}
            {kind === 'activities' ? (
              <a className="button" href={hrefOf('catalogs')}>
                {t('rv.fromTemplate')}
              </a>
            ) : kind === 'dataCategories' || kind === 'dataSubjects' || kind === 'toms' ? (
              <a className="button" href={hrefOf('catalogs')}>
                {t('rv.fromCatalog')}
              </a>
            ) : null}
          </div>
        </EmptyState>
      )
    } else if (archived === 'only' && settled === '' && !filtered) {
      body = <EmptyState title={t('rv.noArchived')} />
    } else {
      body = (
        <EmptyState title={settled ? t('registry.noMatch', { query: settled }) : t('palette.none')} text={t('rv.noMatchHint')}>
          {filtered ? (
            <div className="actions">
              <button type="button" onClick={() => setFilters({})}>
                {t('rv.filters.reset')}
              </button>
            </div>
          ) : null}
        </EmptyState>
      )
    }
  } else if (data.total > 0) {
    body = (
      <VirtualTable
        label={title}
        columns={columns}
        rows={data.rows}
        total={data.total}
        getRowId={rowId}
        rowLabel={rowLabel}
        sorting={sorting}
        onSortingChange={onSortingChange}
        columnOrder={columnOrder}
        columnVisibility={columnVisibility}
        rowSelection={rowSelection}
        onRowSelectionChange={setRowSelection}
        onOpen={onOpen}
        busy={data.loading}
        rowClassName={rowClass}
        dataAttributes={{
          'data-query': shown.query,
          'data-sort': `${shown.sort.field}:${shown.sort.dir}`,
          'data-complete': String(data.complete),
          'data-state': data.loading ? 'loading' : 'ready'
        }}
      />
    )
  }

  return (
    <div className="registry-page">
      <PageHeading title={title} intro={t(`registry.about.${kind}`)} actions={newLink} />
      <div className="rv-toolbar" role="search" aria-label={t('rv.toolbar')}>
        <div className="search">
          <label htmlFor="registry-search" className="visually-hidden">
            {t('registry.search', { name: title })}
          </label>
          <input
            ref={search}
            id="registry-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('registry.searchPlaceholder')}
            autoComplete="off"
            aria-keyshortcuts="/"
          />
        </div>
        {emptyRegistry ? null : <FilterBar kind={kind} filters={filters} onChange={setFilters} options={catalog} seen={data.seen} />}
      </div>
      <div className="rv-meta">
        <p className="toolbar-meta" role="status">
          {exporting ? t('rv.export.busy') : summary}
        </p>
        <p className="rv-shortcuts muted">{t('rv.shortcuts')}</p>
        <div className="rv-view-controls" hidden={emptyRegistry}>
          <label className="rv-archived">
            <span>{t('rv.archived')}</span>
            <select value={archived} onChange={(e) => setArchived(e.target.value as Archived)}>
              <option value="exclude">{t('rv.archived.exclude')}</option>
              <option value="include">{t('rv.archived.include')}</option>
              <option value="only">{t('rv.archived.only')}</option>
            </select>
          </label>
          <ColumnsMenu kind={kind} prefs={prefs.prefs} onChange={prefs.save} />
          <ExportMenu count={data.total} busy={exporting} onExport={(format, csv) => void exportView(format, csv)} />
        </div>
      </div>
      {selectedIds.length > 0 ? (
        <BulkBar
          kind={kind}
          ids={selectedIds}
          matching={data.total}
          onSelectAll={selectedIds.length < data.rows.length ? () => setRowSelection(Object.fromEntries(data.rows.map((r) => [r.id, true]))) : null}
          onClear={() => setRowSelection({})}
          archived={archived}
          owners={(data.seen.owner ?? []).filter((o): o is string => typeof o === 'string')}
          toms={canLinkTom(kind) ? [...names.values()].filter((n) => n.kind === 'toms') : []}
          onDone={afterAction}
          onError={onActionError}
          onRestored={(n) => afterAction(n, false)}
        />
      ) : null}
      <Alert message={data.error ? errorText(t, data.error) : actionError ? errorText(t, actionError) : prefs.error ? errorText(t, prefs.error) : null} />
      {data.error ? (
        <div className="actions rv-retry">
          <button type="button" onClick={reload}>
            {t('rv.error.retry')}
          </button>
        </div>
      ) : null}
      {body}
      <div className="rv-toast-region" role="status">
        {notice ? (
          <div className="rv-toast">
            <span>{notice.text}</span>
            {notice.undo ? (
              <button
                type="button"
                className="link"
                onClick={() => {
                  notice.undo?.()
                  setNotice(null)
                }}
              >
                {t('rv.undo')}
              </button>
            ) : null}
            <button type="button" className="icon-button" onClick={() => setNotice(null)} aria-label={t('rv.dismiss')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
