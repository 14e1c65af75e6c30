import type { ReactNode } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { Alert } from '../../components/Alert'
import type { UsageRow } from '../../components/form/registryApi'
import { hrefOf } from '../../hooks/useRoute'
import { errorText, formatNumber, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import type { ApiError } from '../../api/client'

interface Group {
  readonly kind: RegistryKind
  readonly entries: Array<{ id: string; ref: string; name: string; paths: string[] }>
}

function groupsOf(rows: readonly UsageRow[]): Group[] {
  const groups = new Map<RegistryKind, Map<string, { id: string; ref: string; name: string; paths: string[] }>>()
  for (const row of rows) {
    if (!groups.has(row.kind)) groups.set(row.kind, new Map())
    const byId = groups.get(row.kind) as Map<string, { id: string; ref: string; name: string; paths: string[] }>
    const entry = byId.get(row.id) ?? { id: row.id, ref: row.ref, name: row.name, paths: [] }
    if (!entry.paths.includes(row.path)) entry.paths.push(row.path)
    byId.set(row.id, entry)
  }
  return [...groups].map(([kind, byId]) => ({ kind, entries: [...byId.values()] }))
}

/** Back-references: which entries link to this one, grouped by registry, as links. */
export function UsageTab({ name, rows, error, loading }: { name: string; rows: readonly UsageRow[] | undefined; error: ApiError | null; loading: boolean }): ReactNode {
  const { t, locale } = useI18n()
  if (error) return <Alert message={errorText(t, error)} />
  if (!rows) return <p className="muted" role="status">{loading ? t('detail.loading') : ''}</p>
  const groups = groupsOf(rows)
  const total = groups.reduce((n, g) => n + g.entries.length, 0)
  return (
    <section className="usage" aria-labelledby="usage-heading">
      <h2 id="usage-heading">{t('usage.heading')}</h2>
      <p className="usage-summary">
        {total === 0 ? t('usage.none') : total === 1 ? t('usage.summaryOne', { name }) : t('usage.summary', { name, count: formatNumber(locale, total) })}
      </p>
      {groups.map((group) => (
        <div key={group.kind} className="usage-group">
          <h3>{t('usage.group', { kind: t(`nav.${group.kind}`), count: formatNumber(locale, group.entries.length) })}</h3>
          <ul className="usage-list">
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <a href={hrefOf(group.kind, entry.id)}>
                  <span className="mono">{entry.ref}</span> {entry.name}
                </a>{' '}
                <span className="muted">{entry.paths.map((p) => keyText(t, `usage.path.${p}`, p)).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
