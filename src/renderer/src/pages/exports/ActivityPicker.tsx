import { useId, useMemo, useState, type ReactNode } from 'react'
import { call } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'
import { enumText, errorText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { Alert } from '../../components/Alert'

interface Row {
  readonly id: string
  readonly ref: string
  readonly name: string
  readonly status: string
  readonly archivedAt: string | null
}

interface Props {
  readonly target: 'activities' | 'processorActivities'
  readonly includeArchived: boolean
  readonly selected: readonly string[]
  readonly onChange: (ids: string[]) => void
}

async function load(target: Props['target'], includeArchived: boolean): Promise<Row[]> {
  const query = { limit: 20_000, archived: includeArchived ? ('include' as const) : ('exclude' as const) }
  const page = target === 'activities' ? await call('activities.list', query) : await call('processorActivities.list', query)
  return page.rows.map((r) => ({ id: r.id, ref: r.ref, name: r.name, status: r.status, archivedAt: r.archivedAt }))
}

/** Chooses activities for the "selected activities" scope: a filterable list of checkboxes. */
export function ActivityPicker({ target, includeArchived, selected, onChange }: Props): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const rows = useLoad(`${target}:${includeArchived}`, () => load(target, includeArchived))
  const [filter, setFilter] = useState('')
  const chosen = useMemo(() => new Set(selected), [selected])
  const all = rows.data ?? []
  const needle = filter.trim().toLocaleLowerCase()
  const shown = needle ? all.filter((r) => `${r.ref} ${r.name}`.toLocaleLowerCase().includes(needle)) : all
  const toggle = (rowId: string, on: boolean): void => {
    const next = new Set(chosen)
    if (on) next.add(rowId)
    else next.delete(rowId)
    // Keep the register's order, so the document lists them as the registry does.
    onChange(all.filter((r) => next.has(r.id)).map((r) => r.id))
  }
  const countId = `${id}-count`
  return (
    <fieldset className="field xp-picker" aria-describedby={countId}>
      <legend>{t('xp.picker')}</legend>
      <Alert message={rows.error ? errorText(t, rows.error) : null} />
      <div className="xp-picker-bar">
        <input type="search" aria-label={t('xp.picker.search')} placeholder={t('xp.picker.search')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => onChange(all.filter((r) => chosen.has(r.id) || shown.includes(r)).map((r) => r.id))} disabled={shown.length === 0}>
          {t('xp.picker.allShown')}
        </button>
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          {t('xp.picker.clear')}
        </button>
        <span id={countId} className="muted" role="status">
          {t('xp.picker.count', { selected: formatNumber(locale, selected.length), total: formatNumber(locale, all.length) })}
        </span>
      </div>
      {rows.loading && !rows.data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('xp.picker.none')}</p>
      ) : (
        <ul className="xp-picker-list">
          {shown.map((r) => (
            <li key={r.id}>
              <label className="check">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
                <span className="mono">{r.ref}</span>
                <span>{r.name}</span>
                <span className={`status status-${r.status}`}>{enumText(t, 'activityStatus', r.status)}</span>
                {r.archivedAt ? <span className="badge">{t('xp.picker.archived')}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
