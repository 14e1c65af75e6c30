import { useState, type ReactNode } from 'react'
import { Popover, usePopoverClose } from '../../components/table/Popover'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'

export interface CsvChoice {
  readonly bom: boolean
  readonly delimiter: ',' | ';'
}

interface Props {
  readonly count: number
  readonly busy: boolean
  readonly onExport: (format: 'csv' | 'xlsx', csv: CsvChoice) => void
}

/** "Export current view": the shown columns and every match, as CSV or XLSX. */
export function ExportMenu(props: Props): ReactNode {
  const { t } = useI18n()
  return (
    <Popover button={t('rv.export')} label={t('rv.export')} align="end" panelClassName="export-panel">
      <ExportBody {...props} />
    </Popover>
  )
}

function ExportBody({ count, busy, onExport }: Props): ReactNode {
  const { t, locale } = useI18n()
  const close = usePopoverClose()
  const [delimiter, setDelimiter] = useState<',' | ';'>(locale === 'en' ? ',' : ';')
  const [bom, setBom] = useState(true)
  const run = (format: 'csv' | 'xlsx'): void => {
    onExport(format, { bom, delimiter })
    close()
  }
  return (
    <div className="export-body">
      <p className="muted">{t('rv.export.intro', { count: formatNumber(locale, count) })}</p>
      <div className="export-options">
        <label className="export-field">
          <span>{t('rv.export.delimiter')}</span>
          <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as ',' | ';')}>
            <option value=";">{t('rv.export.semicolon')}</option>
            <option value=",">{t('rv.export.comma')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
          <span>{t('rv.export.bom')}</span>
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={busy || count === 0} onClick={() => run('csv')}>
          {t('rv.export.csv')}
        </button>
        <button type="button" disabled={busy || count === 0} onClick={() => run('xlsx')}>
          {t('rv.export.xlsx')}
        </button>
      </div>
    </div>
  )
}
