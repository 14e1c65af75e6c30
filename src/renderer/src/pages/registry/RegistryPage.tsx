import { useMemo, useState, type ReactNode } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { DataTable } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { useDebounced } from '../../hooks/useDebounced'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { columnsFor, type AnyEntity } from './columns'

const LIMIT = 500

interface PageOf {
  rows: AnyEntity[]
  total: number
}

async function list(kind: RegistryKind, query: string): Promise<PageOf> {
  const page = await call(`${kind}.list`, { query, limit: LIMIT, sort: { field: 'ref', dir: 'asc' } })
  return page as PageOf
}

const rowId = (row: AnyEntity): string => row.id

/** One registry as a table with a quick search; editing comes with the richer registry screens. */
export function RegistryPage({ kind }: { kind: RegistryKind }): ReactNode {
  const { t, locale } = useI18n()
  const [query, setQuery] = useState('')
  const settled = useDebounced(query.trim(), 250)
  const page = useLoad(`${kind}\u0000${settled}`, () => list(kind, settled))
  const columns = useMemo(() => columnsFor(kind, t, locale), [kind, t, locale])

  const title = t(`nav.${kind}`)
  const rows = page.data?.rows ?? []
  const total = page.data?.total ?? 0
  const firstLoad = page.loading && !page.data
  const searching = settled !== '' || query.trim() !== ''

  let summary = ''
  if (!firstLoad) {
    summary =
      total > rows.length
        ? t('registry.shown', { shown: formatNumber(locale, rows.length), count: formatNumber(locale, total) })
        : t('registry.total', { count: formatNumber(locale, total) })
  }

  return (
    <>
      <PageHeading title={title} intro={t(`registry.about.${kind}`)} />
      <div className="toolbar">
        <div className="search">
          <label htmlFor="registry-search" className="visually-hidden">
            {t('registry.search', { name: title })}
          </label>
          <input
            id="registry-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('registry.searchPlaceholder')}
            autoComplete="off"
          />
        </div>
        <p className="toolbar-meta" role="status">
          {page.loading ? t('registry.loading') : summary}
        </p>
      </div>
      <Alert message={page.error ? errorText(t, page.error) : null} />
      {firstLoad ? null : rows.length === 0 ? (
        searching ? (
          <EmptyState title={t('registry.noMatch', { query: settled || query.trim() })} />
        ) : (
          <EmptyState title={t('registry.emptyTitle')} text={t('registry.emptyHint')} />
        )
      ) : (
        <DataTable caption={title} rows={rows} columns={columns} getRowId={rowId} busy={page.loading} />
      )}
    </>
  )
}
