import type { ReactNode } from 'react'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { downloadBase64, formatSize } from './download'
import type { ExportOutput } from './useExportJob'

/** What was just exported: file, SHA-256 of the bytes, size, audit head and export id. */
export function ExportResultView({ result }: { result: ExportOutput }): ReactNode {
  const { t, locale } = useI18n()
  return (
    <section className="xp-result" aria-labelledby="xp-result-heading">
      <div className="xp-result-head">
        <h2 id="xp-result-heading">{t('xp.result')}</h2>
        <button type="button" onClick={() => downloadBase64(result.fileName, result.mimeType, result.base64)}>
          {t('xp.result.again')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('xp.result.file')}</dt>
        <dd>{result.fileName}</dd>
        <dt>{t('xp.result.sha256')}</dt>
        <dd className="mono" data-testid="xp-sha256">
          {result.sha256}
        </dd>
        <dt>{t('xp.result.size')}</dt>
        <dd>{t('xp.bytes', { size: formatSize(locale === 'en' ? 'en-GB' : locale, result.bytes), bytes: formatNumber(locale, result.bytes) })}</dd>
        <dt>{t('xp.result.auditHead')}</dt>
        <dd className="mono">{result.auditHead}</dd>
        <dt>{t('xp.result.exportId')}</dt>
        <dd className="mono" data-testid="xp-export-id">
          {result.exportId}
        </dd>
      </dl>
    </section>
  )
}
