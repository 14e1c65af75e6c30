import { useId, useState, type ReactNode } from 'react'
import { MAX_ATTACHMENT_BYTES, type AssessmentDetail, type AttachmentMeta } from '../../../../shared/checklists'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { errorText, formatDateTime, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { base64ToBlob, download, fileToBase64 } from './files'

const mib = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1)

/** Evidence files: attach (read as base64), download, remove. */
export function EvidencePanel({ detail, refresh }: { detail: AssessmentDetail; refresh: () => Promise<void> }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const add = async (file: File): Promise<void> => {
    setError(null)
    setNotice(null)
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(t('error.TOO_LARGE', { name: file.name, size: mib(file.size), limit: mib(MAX_ATTACHMENT_BYTES), scope: t('checklist.limit.file') }))
      return
    }
    setBusy(true)
    try {
      const base64 = await fileToBase64(file)
      const mimeType = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(file.type) ? file.type : 'application/octet-stream'
      await call('attachments.add', { assessmentId: detail.id, name: file.name, mimeType, base64 })
      setNotice(t('cl.ev.uploaded', { name: file.name }))
      await refresh()
    } catch (e) {
      const err = asApiError(e)
      setError(err.code === 'TOO_LARGE' ? err.message : errorText(t, err))
    } finally {
      setBusy(false)
    }
  }

  const get = async (a: AttachmentMeta): Promise<void> => {
    try {
      const file = await call('attachments.get', { id: a.id })
      download(base64ToBlob(file.base64, file.mimeType), file.name)
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    }
  }
  const remove = async (a: AttachmentMeta): Promise<void> => {
    try {
      await call('attachments.remove', { id: a.id })
      await refresh()
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    }
  }

  return (
    <div className="cl-evidence">
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('cl.ev.add')}</label>
        <input
          id={`${id}-file`}
          type="file"
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void add(file)
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('cl.ev.hint')}
        </p>
      </div>
      <Alert message={error} />
      <Notice message={notice} />
      {detail.attachments.length === 0 ? (
        <p className="muted">{t('cl.ev.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('cl.ev.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cl.ev.name')}</th>
                <th scope="col">{t('cl.ev.size')}</th>
                <th scope="col">{t('cl.ev.added')}</th>
                <th scope="col">{t('cl.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.attachments.map((a) => (
                <tr key={a.id}>
                  <td className="wide">
                    <button type="button" className="link" aria-label={t('cl.ev.download', { name: a.name })} onClick={() => void get(a)}>
                      {a.name}
                    </button>
                  </td>
                  <td>{t('cl.ev.bytes', { n: formatNumber(locale, Math.max(1, Math.round(a.size / 1024))) })}</td>
                  <td className="date">
                    {formatDateTime(locale, a.createdAt)} <span className="muted">{a.author}</span>
                  </td>
                  <td>
                    <button type="button" className="button-quiet" aria-label={t('cl.ev.removeOf', { name: a.name })} onClick={() => void remove(a)}>
                      {t('cl.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
