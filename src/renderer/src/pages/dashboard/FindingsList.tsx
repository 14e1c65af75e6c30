import { useId, useState, type ReactNode } from 'react'
import type { CheckSeverity, Finding } from '../../../../shared/checks'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { errorText, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { fieldText, findingHref, rememberField, ruleTitle, sortFindings } from './findings'

export function SeverityBadge({ severity }: { severity: CheckSeverity }): ReactNode {
  const { t } = useI18n()
  return <span className={`sev-badge sev-${severity}`}>{t(`severity.${severity}`)}</span>
}

interface Props {
  /** All findings of the scope (open and acknowledged); the list splits them. */
  readonly findings: readonly Finding[]
  /** Called after an acknowledgement or a reopen, so the owner reloads. */
  readonly onChanged: () => void
  /** The entity column (off in an entity's own panel). */
  readonly showEntity?: boolean
  /** Show only this many open findings until "show all". */
  readonly limit?: number
  /** Accessible name of the open-findings table. */
  readonly label: string
  /** Heading level for the acknowledged part. */
  readonly headingLevel?: 'h2' | 'h3'
  /** What to say when nothing is open. */
  readonly emptyText: string
  /** Called when a fix link is followed within the same page (the panel focuses the field itself). */
  readonly onFix?: (f: Finding) => boolean
}

/**
 * Open findings as a table (severity, message, entry, legal reference, the field that fixes it,
 * acknowledge), and below them the acknowledged ones with reason, author and time, to reopen.
 */
export function FindingsList({ findings, onChanged, showEntity = true, limit, label, headingLevel = 'h3', emptyText, onFix }: Props): ReactNode {
  const { t, locale } = useI18n()
  const [all, setAll] = useState(false)
  const [asking, setAsking] = useState<Finding | null>(null)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const reasonId = useId()
  const ackHeadingId = useId()

  const open = sortFindings(findings.filter((f) => !f.acknowledged))
  const acknowledged = sortFindings(findings.filter((f) => f.acknowledged))
  const shown = limit && !all ? open.slice(0, limit) : open
  const Heading = headingLevel

  const startAck = (f: Finding): void => {
    setAsking(f)
    setReason('')
    setReasonError(null)
    setProblem(null)
  }

  const acknowledge = async (): Promise<void> => {
    if (!asking) return
    if (reason.trim().length < 3) {
      setReasonError(t('findings.reasonTooShort'))
      return
    }
    setBusy(true)
    try {
      await call('checks.acknowledge', { ruleId: asking.ruleId, entityId: asking.entityId, reason: reason.trim() })
      setAsking(null)
      setNotice(t('findings.ackDone'))
      onChanged()
    } catch (e) {
      setReasonError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  const reopen = async (f: Finding): Promise<void> => {
    setProblem(null)
    setBusy(true)
    try {
      await call('checks.unacknowledge', { ruleId: f.ruleId, entityId: f.entityId })
      setNotice(t('findings.reopenDone'))
      onChanged()
    } catch (e) {
      setProblem(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  const fixLink = (f: Finding): ReactNode => {
    const field = fieldText(t, f)
    return (
      <a
        href={findingHref(f)}
        aria-label={t('findings.fixLabel', { field, name: f.entityName })}
        onClick={(e) => {
          if (onFix?.(f)) {
            e.preventDefault()
            return
          }
          rememberField(f.field)
        }}
      >
        {t('findings.fix', { field })}
      </a>
    )
  }

  return (
    <div className="findings">
      <Alert message={problem} />
      <Notice message={notice} />
      {open.length === 0 ? (
        <p className="muted findings-empty">{emptyText}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table findings-table" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.severity')}</th>
                <th scope="col">{t('findings.col.finding')}</th>
                {showEntity ? <th scope="col">{t('findings.col.entity')}</th> : null}
                <th scope="col">{t('findings.col.fix')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('findings.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((f) => (
                <tr key={`${f.ruleId}/${f.entityId}/${f.field}`} data-rule={f.ruleId}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td className="finding-text">
                    <strong>{ruleTitle(t, f.ruleId)}</strong>
                    <span className="muted">{f.message}</span>
                    <span className="finding-ref">{f.ref}</span>
                  </td>
                  {showEntity ? (
                    <td>
                      <a href={findingHref(f)}>
                        <span className="mono">{f.entityRef}</span> {f.entityName}
                      </a>
                    </td>
                  ) : null}
                  <td>{fixLink(f)}</td>
                  <td>
                    <button type="button" onClick={() => startAck(f)} aria-label={t('findings.acknowledgeLabel', { rule: ruleTitle(t, f.ruleId), name: f.entityName })}>
                      {t('findings.acknowledge')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {limit && open.length > limit ? (
        <p className="findings-more">
          <span className="muted">{t('findings.shown', { shown: shown.length, total: open.length })}</span>{' '}
          {all ? null : (
            <button type="button" className="link" onClick={() => setAll(true)}>
              {t('findings.showAll', { count: open.length })}
            </button>
          )}
        </p>
      ) : null}
      {acknowledged.length > 0 ? (
        <section className="findings-acknowledged" aria-labelledby={ackHeadingId}>
          <Heading id={ackHeadingId}>{t('findings.acknowledged', { count: acknowledged.length })}</Heading>
          <ul>
            {acknowledged.map((f) => (
              <li key={`${f.ruleId}/${f.entityId}/${f.field}`}>
                <div>
                  <SeverityBadge severity={f.severity} /> <strong>{ruleTitle(t, f.ruleId)}</strong>
                  {showEntity ? (
                    <>
                      {' – '}
                      <a href={findingHref(f)}>
                        <span className="mono">{f.entityRef}</span> {f.entityName}
                      </a>
                    </>
                  ) : null}
                  <p className="muted">
                    {t('findings.acknowledgedBy', { reason: f.acknowledged?.reason ?? '', by: f.acknowledged?.by ?? '', at: formatDateTime(locale, f.acknowledged?.at) })}
                  </p>
                </div>
                <button type="button" disabled={busy} onClick={() => void reopen(f)} aria-label={t('findings.reopenLabel', { rule: ruleTitle(t, f.ruleId), name: f.entityName })}>
                  {t('findings.reopen')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={t('findings.ackTitle')}
        confirmLabel={t('findings.acknowledge')}
        cancelLabel={t('dialog.cancel')}
        busy={busy}
        onConfirm={() => void acknowledge()}
        onCancel={() => setAsking(null)}
      >
        {asking ? (
          <>
            <p>
              <SeverityBadge severity={asking.severity} /> <strong>{ruleTitle(t, asking.ruleId)}</strong> – {asking.entityName}
            </p>
            <p className="muted">{t('findings.ackText')}</p>
            <div className="field">
              <label htmlFor={reasonId}>{t('findings.reason')}</label>
              <textarea
                id={reasonId}
                rows={3}
                value={reason}
                maxLength={2000}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}`}
                onChange={(e) => {
                  setReason(e.target.value)
                  if (reasonError && e.target.value.trim().length >= 3) setReasonError(null)
                }}
              />
              {reasonError ? (
                <p id={`${reasonId}-error`} className="field-error">
                  {reasonError}
                </p>
              ) : null}
              <p id={`${reasonId}-hint`} className="field-hint">
                {t('findings.reasonHint')}
              </p>
            </div>
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  )
}
