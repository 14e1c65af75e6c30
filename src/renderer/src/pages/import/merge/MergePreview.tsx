import { useState, type ReactNode } from 'react'
import type { OutputOf } from '../../../../../shared/api'
import type { MergeCandidate, MergeResolution } from '../../../../../shared/imports'
import { registryKinds } from '../../../../../shared/model'
import { Alert } from '../../../components/Alert'
import { formatNumber } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nContext'
import { KindTable } from './KindTable'
import { byKind, keyOf, selectable, selectionOf, type Selection } from './selection'

interface Props {
  readonly preview: OutputOf<'imports.mergePreview'>
  readonly busy: boolean
  readonly error: string | null
  readonly onMerge: (selection: Selection, dryRun: boolean) => void
}

const STATUSES = ['new', 'conflict', 'identical'] as const satisfies ReadonlyArray<MergeCandidate['status']>

/** Step 2: what the other workspace has, compared with this one; tick entries, decide conflicts, merge. */
export function MergePreview({ preview, busy, error, onMerge }: Props): ReactNode {
  const { t, locale } = useI18n()
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const [decisions, setDecisions] = useState<Readonly<Record<string, MergeResolution>>>({})
  const [showIdentical, setShowIdentical] = useState(false)
  const [nothing, setNothing] = useState(false)

  const all = preview.entities
  const identical = all.filter((c) => c.status === 'identical').length
  const shown = showIdentical ? all : all.filter((c) => c.status !== 'identical')
  // Only what is shown is merged: hiding identical entries takes them out of the selection too.
  const selection = selectionOf(shown, ticked, decisions)

  const tick = (keys: readonly string[], on: boolean): void => {
    setNothing(false)
    setTicked((current) => {
      const next = new Set(current)
      for (const key of keys) {
        if (on) next.add(key)
        else next.delete(key)
      }
      return next
    })
  }

  const merge = (dryRun: boolean): void => {
    if (selection.length === 0) {
      setNothing(true)
      return
    }
    onMerge(selection, dryRun)
  }

  return (
    <section className="card imp-step" aria-labelledby="merge-preview-heading">
      <h2 id="merge-preview-heading">{t('merge.preview.heading')}</h2>
      <p>
        <strong>{t('merge.preview.from', { organisation: preview.organisation })}</strong>
      </p>
      <ul className="imp-counts" aria-label={t('merge.preview.counts')} data-testid="merge-counts">
        {STATUSES.map((s) => (
          <li key={s} className={`imp-count merge-count-${s}`}>
            <span className="imp-count-value">{formatNumber(locale, all.filter((c) => c.status === s).length)}</span>
            <span>{t(`merge.status.${s}`)}</span>
          </li>
        ))}
      </ul>

      {all.length === 0 ? <p className="muted">{t('merge.preview.empty')}</p> : null}
      {all.length > 0 && shown.length === 0 && !showIdentical ? <p className="muted">{t('merge.preview.allIdentical')}</p> : null}

      {all.length > 0 ? (
        <div className="merge-toolbar">
          <label className="check">
            <input type="checkbox" checked={showIdentical} disabled={busy} onChange={(e) => setShowIdentical(e.target.checked)} />
            <span>{t('merge.showIdentical', { count: formatNumber(locale, identical) })}</span>
          </label>
          <button type="button" disabled={busy || shown.length === 0} onClick={() => tick(shown.filter(selectable).map(keyOf), true)}>
            {t('merge.selectAll')}
          </button>
          <button type="button" disabled={busy || ticked.size === 0} onClick={() => tick(all.map(keyOf), false)}>
            {t('merge.selectNone')}
          </button>
        </div>
      ) : null}

      {byKind(shown, registryKinds).map((group) => (
        <KindTable
          key={group.kind}
          kind={group.kind}
          items={group.items}
          ticked={ticked}
          decisions={decisions}
          disabled={busy}
          onTick={tick}
          onDecide={(key, resolution) => setDecisions((d) => ({ ...d, [key]: resolution }))}
        />
      ))}

      <Alert message={nothing ? t('merge.nothingSelected') : error} />
      <div className="actions imp-actions">
        <p className="merge-selected" role="status">
          {t('merge.selected', { count: formatNumber(locale, selection.length), total: formatNumber(locale, shown.length) })}
        </p>
        <button type="button" onClick={() => merge(true)} disabled={busy || all.length === 0}>
          {t('imp.dryRun')}
        </button>
        <button type="button" className="button-primary" onClick={() => merge(false)} disabled={busy || all.length === 0}>
          {busy ? t('imp.running') : t('merge.run')}
        </button>
      </div>
    </section>
  )
}
