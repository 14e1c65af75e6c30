import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { MergeCandidate, MergeResolution } from '../../../../../shared/imports'
import type { RegistryKind } from '../../../../../shared/model'
import { useT } from '../../../i18n/I18nContext'
import { DiffTable } from './DiffTable'
import { defaultResolution, keyOf, resolutionsFor, selectable } from './selection'

interface Props {
  readonly kind: RegistryKind
  readonly items: readonly MergeCandidate[]
  readonly ticked: ReadonlySet<string>
  readonly decisions: Readonly<Record<string, MergeResolution>>
  readonly disabled: boolean
  readonly onTick: (keys: readonly string[], on: boolean) => void
  readonly onDecide: (key: string, resolution: MergeResolution) => void
}

/** A checkbox that can show "some of them" (aria-checked="mixed" follows from indeterminate). */
function MixedCheckbox({ label, checked, mixed, disabled, onChange }: { label: string; checked: boolean; mixed: boolean; disabled: boolean; onChange: (on: boolean) => void }): ReactNode {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed
  }, [mixed])
  return <input ref={ref} type="checkbox" aria-label={label} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
}

const COLUMNS = 6

function Row({ c, ticked, decision, disabled, onTick, onDecide }: { c: MergeCandidate; ticked: boolean; decision: MergeResolution; disabled: boolean } & Pick<Props, 'onTick' | 'onDecide'>): ReactNode {
  const t = useT()
  const key = keyOf(c)
  const [open, setOpen] = useState(false)
  const diffId = `merge-diff-${c.kind}-${c.id}`
  const rowClass = ticked ? 'merge-ticked' : undefined
  return (
    <>
      <tr data-status={c.status} className={rowClass}>
        <td>
          <input type="checkbox" aria-label={t('merge.select', { name: c.name })} checked={ticked} disabled={disabled} onChange={(e) => onTick([key], e.target.checked)} />
        </td>
        <td className="ref">{c.ref}</td>
        <th scope="row">
          {c.name}
          {c.archived ? <span className="badge">{t('merge.archived')}</span> : null}
        </th>
        <td>
          <span className={`merge-status merge-status-${c.status}`}>{t(`merge.status.${c.status}`)}</span>
          {c.existing ? <span className="merge-existing">{t('merge.existing', { ref: c.existing.ref, name: c.existing.name })}</span> : null}
          {c.diff.length > 0 ? (
            <button type="button" className="link merge-diff-toggle" aria-expanded={open} aria-controls={open ? diffId : undefined} onClick={() => setOpen(!open)}>
              {t('merge.diff.summary', { count: c.diff.length })}
            </button>
          ) : null}
        </td>
        <td className="merge-links">
          {c.links.length === 0 ? (
            <span className="muted">{t('merge.linksNone')}</span>
          ) : (
            <ul>
              {c.links.map((l) => (
                <li key={l.id}>
                  {l.name} <span className="muted">({t(`nav.${l.kind}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>
          <select
            aria-label={t('merge.decision', { name: c.name })}
            value={decision}
            disabled={disabled}
            onChange={(e) => {
              onDecide(key, e.target.value as MergeResolution)
              // Deciding is choosing: the entry is ticked with it.
              if (!ticked) onTick([key], true)
            }}
          >
            {resolutionsFor(c.status).map((r) => (
              <option key={r} value={r}>
                {t(`merge.resolution.${r}`)}
              </option>
            ))}
          </select>
        </td>
      </tr>
      {open ? (
        <tr id={diffId} className={`merge-diff-row${rowClass ? ` ${rowClass}` : ''}`}>
          <td />
          <td colSpan={COLUMNS - 1}>
            <DiffTable candidate={c} />
          </td>
        </tr>
      ) : null}
    </>
  )
}

/** The candidates of one registry: tick, see the comparison and what comes along, decide. */
export function KindTable({ kind, items, ticked, decisions, disabled, onTick, onDecide }: Props): ReactNode {
  const t = useT()
  const kindName = t(`nav.${kind}`)
  const headingId = `merge-kind-${kind}`
  const pickable = items.filter(selectable).map(keyOf)
  const count = items.filter((c) => ticked.has(keyOf(c))).length
  return (
    <section className="merge-kind" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {kindName} <span className="muted">({items.length})</span>
      </h3>
      <div className="table-wrap">
        <table className="data-table merge-table">
          <caption className="visually-hidden">{t('merge.table', { kind: kindName })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <MixedCheckbox
                  label={t('merge.selectKind', { kind: kindName })}
                  checked={pickable.length > 0 && pickable.every((k) => ticked.has(k))}
                  mixed={count > 0 && !pickable.every((k) => ticked.has(k))}
                  disabled={disabled || pickable.length === 0}
                  onChange={(on) => onTick(on ? pickable : items.map(keyOf), on)}
                />
              </th>
              <th scope="col">{t('merge.col.ref')}</th>
              <th scope="col">{t('merge.col.name')}</th>
              <th scope="col">{t('merge.col.status')}</th>
              <th scope="col">{t('merge.col.links')}</th>
              <th scope="col">{t('merge.col.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <Row key={keyOf(c)} c={c} ticked={ticked.has(keyOf(c))} decision={decisions[keyOf(c)] ?? defaultResolution(c.status)} disabled={disabled} onTick={onTick} onDecide={onDecide} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
