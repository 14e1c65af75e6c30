import { useId, type ReactNode } from 'react'
import type { MessageKey } from '../../../../shared/i18n'
import type { ImportReport, JsonImportReport } from '../../../../shared/imports'
import type { RegistryKind } from '../../../../shared/model'
import { keyText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { hrefOf } from '../../hooks/useRoute'

type Touched = { kind: RegistryKind; id: string; ref: string; name: string; action?: string }

function EntityList({ items, dryRun, showKind = true }: { items: readonly Touched[]; dryRun: boolean; showKind?: boolean }): ReactNode {
  const { t } = useI18n()
  if (items.length === 0) return <p className="muted">{t('imp.report.none')}</p>
  return (
    <ul className="imp-list">
      {items.map((e, i) => (
        <li key={`${e.kind}:${e.id}:${i}`}>
          {showKind ? <span className="muted">{t(`nav.${e.kind}` as MessageKey)}</span> : null} {dryRun || !e.id ? <span>{e.ref ? `${e.ref} ${e.name}` : e.name}</span> : <a href={hrefOf(e.kind, e.id)}>{e.ref ? `${e.ref} ${e.name}` : e.name}</a>}
          {e.action ? <span className={`imp-action imp-action-${e.action}`}>{t(`imp.action.${e.action}` as MessageKey)}</span> : null}
        </li>
      ))}
    </ul>
  )
}

/** What a commit did (or would do, as a dry run): counts, skipped rows with reasons, new entries, backup. */
export function ReportView({ report, json }: { report: ImportReport | JsonImportReport; json: boolean }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const spreadsheet = json ? null : (report as ImportReport)
  const jsonReport = json ? (report as JsonImportReport) : null
  return (
    <section className="card imp-step imp-report" aria-labelledby={`${id}-h`} data-testid="imp-report">
      <h2 id={`${id}-h`}>{t(report.dryRun ? 'imp.report.dryHeading' : 'imp.report.heading')}</h2>
      <p className={report.dryRun ? 'alert alert-warning' : 'alert alert-success'}>{t(report.dryRun ? 'imp.report.dryNote' : 'imp.report.done')}</p>
      <dl className="facts">
        <dt>{t('imp.report.created')}</dt>
        <dd data-testid="imp-created">{formatNumber(locale, report.created)}</dd>
        <dt>{t('imp.report.updated')}</dt>
        <dd data-testid="imp-updated">{formatNumber(locale, report.updated)}</dd>
        <dt>{t('imp.report.unchanged')}</dt>
        <dd data-testid="imp-unchanged">{formatNumber(locale, report.unchanged)}</dd>
        {spreadsheet ? (
          <>
            <dt>{t('imp.report.skipped')}</dt>
            <dd data-testid="imp-skipped">{formatNumber(locale, spreadsheet.skippedRows.length)}</dd>
          </>
        ) : null}
        {jsonReport ? (
          <>
            <dt>{t('imp.report.organisation')}</dt>
            <dd>{t(jsonReport.organisationUpdated ? 'imp.report.yes' : 'imp.report.no')}</dd>
          </>
        ) : null}
        <dt>{t('imp.report.backup')}</dt>
        <dd className={report.backupFile ? 'mono' : undefined} data-testid="imp-backup">
          {report.backupFile ?? t('imp.report.noBackup')}
        </dd>
      </dl>

      {spreadsheet && spreadsheet.skippedRows.length > 0 ? (
        <>
          <h3>{t('imp.report.skipped')}</h3>
          <ul className="imp-list">
            {spreadsheet.skippedRows.map((s) => (
              <li key={s.row}>
                <strong>{t('imp.report.skippedRow', { row: s.row })}</strong>: {s.reasons.map((r) => keyText(t, r, r)).join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {spreadsheet ? (
        <>
          <h3>{t('imp.report.createdEntities')}</h3>
          <EntityList items={spreadsheet.createdEntities} dryRun={report.dryRun} />
          <h3>{t('imp.report.activities')}</h3>
          <EntityList items={spreadsheet.activities} dryRun={report.dryRun} showKind={false} />
        </>
      ) : (
        <>
          <h3>{t('imp.report.entities')}</h3>
          <EntityList items={jsonReport?.entities ?? []} dryRun={report.dryRun} />
        </>
      )}
    </section>
  )
}
