import { useMemo, useState, type ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { matcher, pick } from './catalogText'

type Kind = 'all' | 'technical' | 'organisational'
/** In the workspace: "active", or only as archived entries. */
type Presence = 'active' | 'archived'

/** catalogKey → presence of the workspace's TOMs that came from the catalogue. */
async function workspaceToms(): Promise<Map<string, Presence>> {
  const page = await call('toms.list', { limit: 20_000, archived: 'include' })
  const found = new Map<string, Presence>()
  for (const tom of page.rows) {
    if (!tom.catalogKey) continue
    if (tom.archivedAt === null) found.set(tom.catalogKey, 'active')
    else if (!found.has(tom.catalogKey)) found.set(tom.catalogKey, 'archived')
  }
  return found
}

/**
 * The TOM catalogue: search by text, filter by kind, select and adopt into the workspace. The
 * options carry no per-measure mappings, so the filters are text and kind; the mappings come
 * along when a measure is adopted.
 */
export function TomCatalogTab({ options }: { options: CatalogOptions }): ReactNode {
  const { t, locale } = useI18n()
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<Kind>('all')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const inWorkspace = useLoad('toms.inWorkspace', workspaceToms)
  const present = inWorkspace.data

  const toms = options.toms
  const shown = useMemo(() => {
    const matches = matcher(query)
    return toms.filter((o) => (kind === 'all' || o.group === kind) && matches(pick(o.label, locale), o.description ? pick(o.description, locale) : ''))
  }, [toms, query, kind, locale])

  const selectable = shown.filter((o) => !present?.has(String(o.value))).map((o) => String(o.value))
  const allShownSelected = selectable.length > 0 && selectable.every((k) => selected.has(k))
  const adoptedCount = present ? toms.filter((o) => present.get(String(o.value)) === 'active').length : 0

  const toggle = (key: string, on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })
  const toggleAll = (on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s)
      for (const k of selectable) if (on) next.add(k)
      else next.delete(k)
      return next
    })

  const adopt = async (): Promise<void> => {
    const keys = [...selected].filter((k) => !present?.has(k))
    if (keys.length === 0) return
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      const result = await call('catalog.addToms', { keys })
      setSelected(new Set())
      setNotice(t('catalogs.toms.adopted', { count: formatNumber(locale, result.ids.length) }))
      inWorkspace.reload()
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p className="cat-tab-intro">{t('catalogs.toms.intro')}</p>
      <div className="toolbar catalog-toolbar">
        <div className="field">
          <label htmlFor="tom-catalog-search">{t('catalogs.toms.search')}</label>
          <input
            id="tom-catalog-search"
            type="search"
            className="search"
            value={query}
            placeholder={t('catalogs.toms.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="tom-catalog-kind">{t('catalogs.toms.kind')}</label>
          <select id="tom-catalog-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="all">{t('catalogs.toms.kindAll')}</option>
            <option value="technical">{t('catalogs.toms.kind.technical')}</option>
            <option value="organisational">{t('catalogs.toms.kind.organisational')}</option>
          </select>
        </div>
        <div className="catalog-toolbar-actions">
          <span className="toolbar-meta" aria-live="polite">
            {t('catalogs.toms.selected', { count: formatNumber(locale, selected.size) })}
          </span>
          <button type="button" className="button-primary" onClick={() => void adopt()} disabled={busy || selected.size === 0}>
            {busy ? t('catalogs.toms.adopting') : t('catalogs.toms.adopt')}
          </button>
        </div>
      </div>
      <Notice message={notice} />
      <Alert message={error ?? (inWorkspace.error ? errorText(t, inWorkspace.error) : null)} />
      <p className="toolbar-meta">
        {t('catalogs.toms.showing', { shown: formatNumber(locale, shown.length), total: formatNumber(locale, toms.length) })}
        {present ? ` · ${t('catalogs.toms.inWorkspaceCount', { count: formatNumber(locale, adoptedCount) })}` : null}
      </p>
      {shown.length === 0 ? (
        <p className="empty-state">{t('catalogs.toms.noMatch')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table catalog-table fixed" aria-busy={inWorkspace.loading || undefined}>
            <caption className="visually-hidden">{t('catalogs.toms.table')}</caption>
            <colgroup>
              <col className="w-select" />
              <col />
              <col className="w-tom-kind" />
              <col className="w-tom-workspace" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="select">
                  <input
                    type="checkbox"
                    aria-label={t('catalogs.toms.selectAll')}
                    checked={allShownSelected}
                    disabled={selectable.length === 0}
                    onChange={(e) => toggleAll(e.target.checked)}
                  />
                </th>
                <th scope="col">{t('catalogs.col.name')}</th>
                <th scope="col">{t('catalogs.toms.col.kind')}</th>
                <th scope="col">{t('catalogs.toms.col.workspace')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => {
                const key = String(o.value)
                const name = pick(o.label, locale)
                const presence = present?.get(key)
                return (
                  <tr key={key}>
                    <td className="select">
                      <input
                        type="checkbox"
                        aria-label={t('catalogs.toms.select', { name })}
                        checked={presence !== undefined || selected.has(key)}
                        disabled={presence !== undefined || busy}
                        onChange={(e) => toggle(key, e.target.checked)}
                      />
                    </td>
                    <th scope="row" className="catalog-name">
                      <span className="entry-label">{name}</span>
                      {o.verify ? <span className="badge badge-warn">{t('catalogs.verify')}</span> : null}
                      {o.description ? <span className="entry-description">{pick(o.description, locale)}</span> : null}
                    </th>
                    <td>{o.group ? t(`catalogs.toms.kind.${o.group as 'technical' | 'organisational'}`) : ''}</td>
                    <td>
                      {presence === 'active' ? (
                        <span className="status status-implemented">{t('catalogs.toms.inWorkspace')}</span>
                      ) : presence === 'archived' ? (
                        <span className="status">{t('catalogs.toms.archived')}</span>
                      ) : present ? (
                        <span className="muted">{t('catalogs.toms.notAdopted')}</span>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
