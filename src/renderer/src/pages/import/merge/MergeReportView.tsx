import { Fragment, type ReactNode } from 'react'
import type { MergeReport } from '../../../../../shared/imports'
import { hrefOf } from '../../../hooks/useRoute'
import { formatNumber } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nContext'

const COUNTS = ['copied', 'overwritten', 'skipped', 'matched'] as const

/** Step 3: what the merge did (or, as a dry run, would do): counts, every entry touched, the backup. */
export function MergeReportView({ report, onAgain }: { report: MergeReport; onAgain: () => void }): ReactNode {
  const { t, locale } = useI18n()
  const wrote = report.copied + report.overwritten > 0
  return (
    <section className="card imp-step imp-report" aria-labelledby="merge-report-heading" data-testid="merge-report">
      <h2 id="merge-report-heading">{t(report.dryRun ? 'merge.report.dryHeading' : 'merge.report.heading')}</h2>
      <p className={report.dryRun || !wrote ? 'alert alert-warning' : 'alert alert-success'}>
        {t(report.dryRun ? 'imp.report.dryNote' : wrote ? 'merge.report.done' : 'merge.report.nothing')}
      </p>
      <dl className="facts">
        {COUNTS.map((c) => (
          <Fragment key={c}>
            <dt>{t(`merge.report.${c}`)}</dt>
            <dd data-testid={`merge-${c}`}>{formatNumber(locale, report[c])}</dd>
          </Fragment>
        ))}
        <dt>{t('merge.report.backup')}</dt>
        <dd className={report.backupFile ? 'mono' : undefined} data-testid="merge-backup">
          {report.backupFile ?? t('imp.report.noBackup')}
        </dd>
      </dl>

      <h3>{t('merge.report.entities')}</h3>
      {report.entities.length === 0 ? (
        <p className="muted">{t('imp.report.none')}</p>
      ) : (
        <ul className="imp-list" aria-label={t('merge.report.entities')}>
          {report.entities.map((e, i) => {
            const label = e.ref ? `${e.ref} ${e.name}` : e.name
            return (
              <li key={`${e.sourceId}:${i}`}>
                <span className="muted">{t(`nav.${e.kind}`)}</span> {report.dryRun || !e.id ? <span>{label}</span> : <a href={hrefOf(e.kind, e.id)}>{label}</a>}
                <span className={`imp-action merge-action-${e.action}`}>{t(`merge.action.${e.action}`)}</span>
              </li>
            )
          })}
        </ul>
      )}
      {report.dryRun ? null : (
        <div className="actions imp-actions">
          <button type="button" onClick={onAgain}>
            {t('merge.report.again')}
          </button>
        </div>
      )}
    </section>
  )
}
