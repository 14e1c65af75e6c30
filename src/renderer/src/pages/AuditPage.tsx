import { useMemo, useState, type ReactNode } from 'react'
import type { AuditEntry, AuditVerification } from '../../../shared/model'
import { asApiError, call } from '../api/client'
import { Alert, Notice } from '../components/Alert'
import { DataTable, type Column } from '../components/DataTable'
import { EmptyState } from '../components/EmptyState'
import { PageHeading } from '../components/PageHeading'
import { useLoad } from '../hooks/useLoad'
import { errorText, formatDateTime, formatNumber, keyText } from '../i18n/format'
import { useI18n } from '../i18n/I18nContext'
import { hasMessage } from '../../../shared/i18n'

const SHOW = 100

/**
 * The newest entries, newest first. audit.list pages newest first (ORDER BY seq DESC); the tail is
 * read too so this stays right whichever order the core pages in.
 */
async function latest(): Promise<{ rows: AuditEntry[]; total: number }> {
  const head = await call('audit.list', { offset: 0, limit: SHOW })
  const tail = head.total > SHOW ? await call('audit.list', { offset: head.total - SHOW, limit: SHOW }) : head
  const bySeq = new Map([...head.rows, ...tail.rows].map((e) => [e.seq, e]))
  return { rows: [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, SHOW), total: head.total }
}

const rowId = (e: AuditEntry): string => String(e.seq)

export function AuditPage(): ReactNode {
  const { t, locale } = useI18n()
  const entries = useLoad('audit', latest)
  const [verification, setVerification] = useState<AuditVerification | null>(null)
  const [verifyError, setVerifyError] = useState<string | null>(null)
  const [verifying, setVerifying] = useState(false)

  const columns = useMemo<Column<AuditEntry>[]>(
    () => [
      { id: 'at', header: t('audit.col.time'), cell: (e) => formatDateTime(locale, e.at), className: 'date' },
      { id: 'author', header: t('audit.col.author'), cell: (e) => e.author || t('audit.unknownAuthor') },
      { id: 'entity', header: t('audit.col.entity'), cell: (e) => keyText(t, `entity.${e.entity}`, e.entity) },
      { id: 'action', header: t('audit.col.action'), cell: (e) => keyText(t, `audit.action.${e.action}`, e.action) },
      { id: 'fields', header: t('audit.col.fields'), cell: (e) => e.changes.map((c) => c.field).join(', '), className: 'clip' }
    ],
    [t, locale]
  )

  const verify = async (): Promise<void> => {
    setVerifying(true)
    setVerifyError(null)
    setVerification(null)
    try {
      setVerification(await call('audit.verify', {}))
    } catch (e) {
      setVerifyError(errorText(t, asApiError(e)))
    } finally {
      setVerifying(false)
    }
  }

  let result: string | null = null
  if (verification?.ok) result = t('audit.verifyOk', { entries: formatNumber(locale, verification.entries), head: verification.head.slice(0, 12) })
  const broken = verification && !verification.ok ? t('audit.verifyBroken', { seq: verification.brokenAt ?? '?', reason: verification.reason && hasMessage(verification.reason) ? t(verification.reason) : (verification.reason ?? '') }) : null

  const rows = entries.data?.rows ?? []
  return (
    <>
      <PageHeading
        title={t('audit.heading')}
        intro={t('audit.intro')}
        actions={
          <button type="button" onClick={() => void verify()} disabled={verifying}>
            {verifying ? t('audit.verifying') : t('audit.verify')}
          </button>
        }
      />
      <Notice message={result} />
      <Alert message={broken ?? verifyError ?? (entries.error ? errorText(t, entries.error) : null)} />
      {entries.data ? (
        rows.length === 0 ? (
          <EmptyState title={t('audit.empty')} />
        ) : (
          <>
            <p className="toolbar-meta">
              {t('audit.showing', { shown: formatNumber(locale, rows.length), total: formatNumber(locale, entries.data.total) })}
            </p>
            <DataTable caption={t('audit.heading')} rows={rows} columns={columns} getRowId={rowId} busy={entries.loading} />
          </>
        )
      ) : entries.loading ? (
        <p className="muted">{t('app.loading')}</p>
      ) : null}
    </>
  )
}
