import { useMemo, useState, type ReactNode } from 'react'
import type { ExportLogEntry } from '../../../../shared/exports'
import type { MessageKey } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatDateTime, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'

type ChangesFormat = 'pdf' | 'docx' | 'json'

interface Props {
  /** Changes whenever an export was made, so the history reloads. */
  readonly round: number
  readonly busy: boolean
  readonly onChangesSince: (exportId: string, format: ChangesFormat) => void
}

type Row = ExportLogEntry & Record<string, unknown>

/** The export log (exports.log), newest first, with "changes since this export". */
export function ExportHistory({ round, busy, onChangesSince }: Props): ReactNode {
  const { t, locale } = useI18n()
  const log = useLoad(`exports.log:${round}`, () => call('exports.log', {}))
  const [changesFormat, setChangesFormat] = useState<ChangesFormat>('pdf')

  const columns = useMemo<Column<Row>[]>(() => {
    const what = (e: ExportLogEntry): string => {
      const parts = [keyText(t, `xp.logWhat.${e.what}`, e.what)]
      if (e.regime) parts.push(t(`xp.logRegime.${e.regime}` as MessageKey))
      if (e.depth) parts.push(keyText(t, `xp.logDepth.${e.depth}`, e.depth))
      parts.push(e.lang.toUpperCase())
      return parts.join(' · ')
    }
    return [
      { id: 'at', header: t('xp.col.at'), cell: (e) => formatDateTime(locale, e.at), className: 'date' },
      { id: 'author', header: t('xp.col.author'), cell: (e) => e.author || t('xp.unknownAuthor') },
      { id: 'what', header: t('xp.col.what'), cell: what },
      { id: 'format', header: t('xp.col.format'), cell: (e) => e.format.toUpperCase() },
      { id: 'sha256', header: t('xp.col.sha256'), cell: (e) => <code className="xp-hash">{e.sha256}</code> },
      {
        id: 'actions',
        header: t('xp.col.actions'),
        cell: (e) =>
          e.what === 'changes' ? null : (
            <button type="button" className="link" disabled={busy} aria-label={t('xp.changesSince.label', { at: formatDateTime(locale, e.at) })} onClick={() => onChangesSince(e.id, changesFormat)}>
              {t('xp.changesSince')}
            </button>
          )
      }
    ]
  }, [t, locale, busy, onChangesSince, changesFormat])

  const rows = (log.data ?? []) as Row[]
  return (
    <section className="xp-history" aria-labelledby="xp-history-heading">
      <div className="xp-history-head">
        <h2 id="xp-history-heading">{t('xp.history')}</h2>
        <label className="xp-select">
          <span>{t('xp.history.changesFormat')}</span>
          <select value={changesFormat} onChange={(e) => setChangesFormat(e.target.value as ChangesFormat)}>
            <option value="pdf">{t('xp.format.pdf')}</option>
            <option value="docx">{t('xp.format.docx')}</option>
            <option value="json">{t('xp.format.json')}</option>
          </select>
        </label>
      </div>
      <Alert message={log.error ? errorText(t, log.error) : null} />
      {log.data ? (
        rows.length === 0 ? (
          <EmptyState title={t('xp.history.empty')} />
        ) : (
          <DataTable caption={t('xp.history')} rows={rows} columns={columns} getRowId={(e) => e.id} busy={log.loading} />
        )
      ) : log.loading ? (
        <p className="muted">{t('app.loading')}</p>
      ) : null}
    </section>
  )
}
