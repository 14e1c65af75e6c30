import { useId, type ReactNode } from 'react'
import type { MessageKey } from '../../../../shared/i18n'
import type { PreviewResult, PreviewRow } from '../../../../shared/imports'
import { formatNumber, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import type { Translate } from '../../i18n/I18nContext'
import { valueText } from './values'

export interface Options {
  readonly createMissing: boolean
  readonly clearEmpty: boolean
  readonly strict: boolean
}

interface Props {
  readonly preview: PreviewResult
  readonly options: Options
  readonly busy: boolean
  readonly onOptions: (options: Options) => void
  readonly onDryRun: () => void
  readonly onImport: () => void
}

const ACTIONS = ['create', 'update', 'unchanged', 'skip'] as const
const msg = (t: Translate, text: string): string => keyText(t, text, text)

/** A row's errors and warnings, each next to the value the column gave. */
function Messages({ row }: { row: PreviewRow }): ReactNode {
  const { t } = useI18n()
  const all = [...row.errors.map((e) => ({ ...e, level: 'error' as const })), ...row.warnings.map((w) => ({ ...w, level: 'warning' as const }))]
  if (all.length === 0) return null
  return (
    <ul className="imp-messages">
      {all.map((m, i) => {
        const value = valueText(row.data[m.field])
        return (
          <li key={i} className={m.level === 'error' ? 'imp-error' : 'imp-warning'}>
            <span className="imp-level">{t(m.level === 'error' ? 'imp.cell.error' : 'imp.cell.warning')}</span>{' '}
            {m.column ? <span className="imp-cell">{t('imp.cell', { column: m.column })}</span> : null}
            {m.column ? ': ' : null}
            {value ? <q className="imp-value">{value}</q> : null}
            {value ? ' – ' : null}
            {msg(t, m.message)}
          </li>
        )
      })}
    </ul>
  )
}

function Diff({ row }: { row: PreviewRow }): ReactNode {
  const { t } = useI18n()
  if (row.diff.length === 0) return null
  return (
    <ul className="imp-diff">
      {row.diff.map((d) => (
        <li key={d.field}>
          <span className="imp-cell">{keyText(t, `field.activities.${d.field}`, keyText(t, `imp.field.${d.field}`, d.field))}</span>: <del>{valueText(d.before) || t('imp.empty')}</del> →{' '}
          <ins>{valueText(d.after) || t('imp.empty')}</ins>
        </li>
      ))}
    </ul>
  )
}

/** Step 3: counts, options, every row with its action, messages and diffs; dry run and import. */
export function PreviewStep({ preview, options, busy, onOptions, onDryRun, onImport }: Props): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  return (
    <section className="card imp-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('imp.preview.heading')}</h2>
      <fieldset className="field" disabled={busy}>
        <legend>{t('imp.preview.options')}</legend>
        {(['createMissing', 'clearEmpty', 'strict'] as const).map((o) => (
          <label key={o} className="check">
            <input type="checkbox" checked={options[o]} onChange={(e) => onOptions({ ...options, [o]: e.target.checked })} />
            <span>{t(`imp.option.${o}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>

      <h3>{t('imp.preview.counts')}</h3>
      <ul className="imp-counts" aria-label={t('imp.preview.counts')} data-testid="imp-counts">
        {ACTIONS.map((a) => (
          <li key={a} className={`imp-count imp-count-${a}`}>
            <span className="imp-count-value">{formatNumber(locale, preview.counts[a])}</span>
            <span>{t(`imp.count.${a}` as MessageKey)}</span>
          </li>
        ))}
      </ul>

      {preview.newEntities.length > 0 ? (
        <>
          <h3>{t('imp.preview.newEntities')}</h3>
          <ul className="imp-chips">
            {preview.newEntities.map((n) => (
              <li key={`${n.kind}:${n.name}`} className="badge">
                {t(`nav.${n.kind}` as MessageKey)}: {n.name}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {preview.rows.length === 0 ? (
        <p className="muted">{t('imp.preview.nothing')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table imp-preview">
            <caption className="visually-hidden">{t('imp.preview.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imp.col.row')}</th>
                <th scope="col">{t('imp.col.action')}</th>
                <th scope="col">{t('imp.col.name')}</th>
                <th scope="col">{t('imp.col.match')}</th>
                <th scope="col">{t('imp.col.messages')}</th>
                <th scope="col">{t('imp.col.diff')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} data-action={r.action}>
                  <td className="ref">{r.row}</td>
                  <td>
                    <span className={`imp-action imp-action-${r.action}`}>{t(`imp.action.${r.action}` as MessageKey)}</span>
                  </td>
                  <th scope="row" className="wide">
                    {valueText(r.data.name) || r.existing?.name || t('imp.empty')}
                  </th>
                  <td className="ref">{r.existing && r.matchedBy ? t(r.matchedBy === 'ref' ? 'imp.match.ref' : 'imp.match.name', { ref: r.existing.ref }) : ''}</td>
                  <td>
                    <Messages row={r} />
                  </td>
                  <td>
                    <Diff row={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="actions imp-actions">
        <button type="button" onClick={onDryRun} disabled={busy}>
          {t('imp.dryRun')}
        </button>
        <button type="button" className="button-primary" onClick={onImport} disabled={busy}>
          {t('imp.run')}
        </button>
      </div>
    </section>
  )
}
