import { useState, type ReactNode } from 'react'
import type { CatalogChange, CatalogOptions, OutputOf } from '../../../../shared/api'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatDate, formatNumber, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { valueText } from './catalogText'

const idOf = (c: CatalogChange): string => `${c.kind}/${c.key}`

async function loadUpdates(): Promise<{ info: OutputOf<'catalog.info'>; changes: CatalogChange[] }> {
  const [info, changes] = await Promise.all([call('catalog.info', {}), call('catalog.updates', {})])
  return { info, changes }
}

/**
 * Catalog updates: what a newer built-in catalog would change in this workspace, field by field.
 * Entries the user edited are reported as kept and are never overwritten (the core enforces it).
 */
export function UpdatesTab({ options }: { options: CatalogOptions | undefined }): ReactNode {
  const { t, locale } = useI18n()
  const loaded = useLoad('catalog.updates', loadUpdates)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const info = loaded.data?.info
  const changes = loaded.data?.changes ?? []
  const applicable = changes.filter((c) => c.change !== 'kept').map(idOf)
  const chosen = applicable.filter((id) => selected.has(id))
  const allSelected = applicable.length > 0 && chosen.length === applicable.length

  const toggle = (id: string, on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const apply = async (all: boolean): Promise<void> => {
    const items = all ? 'all' : changes.filter((c) => c.change !== 'kept' && selected.has(idOf(c))).map((c) => ({ kind: c.kind, key: c.key }))
    if (items !== 'all' && items.length === 0) return
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      const result = await call('catalog.apply', { items })
      setSelected(new Set())
      setNotice(t('catalogs.updates.applied', { applied: formatNumber(locale, result.applied), kept: formatNumber(locale, result.kept) }))
      loaded.reload()
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p className="cat-tab-intro">{t('catalogs.updates.intro')}</p>
      <p className="alert alert-info">{t('catalogs.updates.neverOverwritten')}</p>
      <Alert message={error ?? (loaded.error ? errorText(t, loaded.error) : null)} />
      <Notice message={notice} />

      <section className="catalog-section" aria-labelledby="updates-status">
        <h2 id="updates-status">{t('catalogs.updates.status')}</h2>
        {info ? (
          <dl className="facts">
            <dt>{t('catalogs.updates.appVersion')}</dt>
            <dd className="mono">{info.catalogVersion}</dd>
            <dt>{t('catalogs.updates.workspaceVersion')}</dt>
            <dd className="mono">{info.workspaceCatalogVersion ?? t('catalogs.updates.notRecorded')}</dd>
            <dt>{t('catalogs.updates.validAsOf')}</dt>
            <dd>{formatDate(locale, info.validAsOf)}</dd>
            <dt>{t('catalogs.updates.pending')}</dt>
            <dd>{formatNumber(locale, info.pending)}</dd>
          </dl>
        ) : loaded.loading ? (
          <p className="muted">{t('app.loading')}</p>
        ) : null}
      </section>

      {loaded.data ? (
        changes.length === 0 ? (
          <div className="empty-state up-to-date" role="status">
            <p className="empty-title">{t('catalogs.updates.upToDate')}</p>
            <p>{t('catalogs.updates.upToDateHint')}</p>
          </div>
        ) : (
          <section className="catalog-section" aria-labelledby="updates-changes">
            <div className="section-head">
              <h2 id="updates-changes">{t('catalogs.updates.changes')}</h2>
              <div className="catalog-toolbar-actions">
                <span className="toolbar-meta" aria-live="polite">
                  {t('catalogs.updates.selected', { count: formatNumber(locale, chosen.length) })}
                </span>
                <button type="button" onClick={() => void apply(false)} disabled={busy || chosen.length === 0}>
                  {busy ? t('catalogs.updates.applying') : t('catalogs.updates.applySelected')}
                </button>
                <button type="button" className="button-primary" onClick={() => void apply(true)} disabled={busy || applicable.length === 0}>
                  {t('catalogs.updates.applyAll')}
                </button>
              </div>
            </div>
            <div className="table-wrap">
              <table className="data-table catalog-table fixed" aria-busy={loaded.loading || undefined}>
                <caption className="visually-hidden">{t('catalogs.updates.changes')}</caption>
                <colgroup>
                  <col className="w-select" />
                  <col className="w-change-name" />
                  <col className="w-kind" />
                  <col className="w-change" />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col" className="select">
                      <input
                        type="checkbox"
                        aria-label={t('catalogs.updates.selectAll')}
                        checked={allSelected}
                        disabled={applicable.length === 0 || busy}
                        onChange={(e) => setSelected(e.target.checked ? new Set(applicable) : new Set())}
                      />
                    </th>
                    <th scope="col">{t('catalogs.col.name')}</th>
                    <th scope="col">{t('catalogs.updates.col.kind')}</th>
                    <th scope="col">{t('catalogs.updates.col.change')}</th>
                    <th scope="col">{t('catalogs.updates.col.fields')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => {
                    const id = idOf(c)
                    return (
                      <tr key={id} className={c.change === 'kept' ? 'row-kept' : undefined}>
                        <td className="select">
                          {c.change === 'kept' ? null : (
                            <input
                              type="checkbox"
                              aria-label={t('catalogs.updates.select', { name: c.name })}
                              checked={selected.has(id)}
                              disabled={busy}
                              onChange={(e) => toggle(id, e.target.checked)}
                            />
                          )}
                        </td>
                        <th scope="row" className="catalog-name">
                          {c.name}
                        </th>
                        <td className="nowrap">{keyText(t, `entity.${c.kind}`, c.kind)}</td>
                        <td>
                          <span className={`status change-${c.change}`}>{t(`catalogs.updates.change.${c.change}`)}</span>
                        </td>
                        <td>
                          {c.fields.length === 0 ? (
                            <span className="muted">{t('catalogs.updates.newEntry')}</span>
                          ) : (
                            <dl className="field-diff">
                              {c.fields.map((f) => (
                                <div key={f.field}>
                                  <dt>{keyText(t, `catalogs.field.${f.field}`, f.field)}</dt>
                                  <dd>
                                    <del>
                                      <span className="visually-hidden">{t(c.change === 'kept' ? 'catalogs.updates.yours' : 'catalogs.updates.before')}: </span>
                                      {valueText(t, locale, f.field, f.before, options)}
                                    </del>
                                    <span className="diff-arrow" aria-hidden="true">
                                      →
                                    </span>
                                    <ins>
                                      <span className="visually-hidden">{t(c.change === 'kept' ? 'catalogs.updates.catalog' : 'catalogs.updates.after')}: </span>
                                      {valueText(t, locale, f.field, f.after, options)}
                                    </ins>
                                  </dd>
                                </div>
                              ))}
                            </dl>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          </section>
        )
      ) : null}
    </>
  )
}
