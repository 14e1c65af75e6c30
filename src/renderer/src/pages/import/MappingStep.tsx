import { useId, useState, type ReactNode } from 'react'
import type { AnalyseResult, ImportField, ImportMapping } from '../../../../shared/imports'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { errorText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { fieldText, importFields } from './values'

interface Props {
  readonly analysis: AnalyseResult
  readonly mapping: ImportMapping
  readonly busy: boolean
  readonly onChange: (mapping: ImportMapping) => void
  readonly onPreview: () => void
}

/** Step 2: one select per column (the suggestion preselected), saved mappings, and on to the preview. */
export function MappingStep({ analysis, mapping, busy, onChange, onPreview }: Props): ReactNode {
  const { t } = useI18n()
  const id = useId()
  const [round, setRound] = useState(0)
  const saved = useLoad(`imports.mappings:${round}`, () => call('imports.mappings', {}))
  const [chosen, setChosen] = useState('')
  const [name, setName] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const hasName = Object.values(mapping).includes('name')

  const apply = (): void => {
    const found = saved.data?.find((m) => m.name === chosen)
    if (!found) return
    // Only the columns this file has; the rest stay as they are.
    const next: ImportMapping = { ...mapping }
    for (const header of analysis.headers) if (found.mapping[header]) next[header] = found.mapping[header]
    onChange(next)
    setNotice(t('imp.mapping.loaded', { name: found.name }))
  }

  const save = async (): Promise<void> => {
    setError(null)
    setNotice(null)
    try {
      await call('imports.saveMapping', { name: name.trim(), mapping })
      setNotice(t('imp.mapping.savedOk', { name: name.trim() }))
      setRound((r) => r + 1)
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    }
  }

  return (
    <section className="card imp-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('imp.mapping.heading')}</h2>
      <p className="muted">{t('imp.mapping.intro')}</p>
      <div className="table-wrap">
        <table className="data-table imp-mapping">
          <caption className="visually-hidden">{t('imp.mapping.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imp.mapping.column')}</th>
              <th scope="col">{t('imp.mapping.sample')}</th>
              <th scope="col">{t('imp.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.headers.map((header, col) => {
              const suggested = analysis.suggestedMapping[header]
              const value = mapping[header] ?? 'ignore'
              return (
                <tr key={header}>
                  <th scope="row">{header}</th>
                  <td className="imp-sample">{analysis.sampleRows.find((r) => r[col])?.[col] ?? ''}</td>
                  <td>
                    <select aria-label={t('imp.mapping.select', { column: header })} value={value} disabled={busy} onChange={(e) => onChange({ ...mapping, [header]: e.target.value as ImportField })}>
                      {importFields.map((f) => (
                        <option key={f} value={f}>
                          {fieldText(t, f)}
                        </option>
                      ))}
                    </select>
                    {suggested && suggested !== 'ignore' && suggested === value ? <span className="badge imp-suggested">{t('imp.mapping.suggested')}</span> : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>

      <fieldset className="field imp-saved">
        <legend>{t('imp.mapping.saved')}</legend>
        <div className="imp-row">
          <label className="imp-inline">
            <span>{t('imp.mapping.savedSelect')}</span>
            <select value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={!saved.data?.length}>
              <option value="">{saved.data?.length ? '—' : t('imp.mapping.savedNone')}</option>
              {(saved.data ?? []).map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={apply} disabled={!chosen || busy}>
            {t('imp.mapping.load')}
          </button>
        </div>
        <div className="imp-row">
          <label className="imp-inline">
            <span>{t('imp.mapping.name')}</span>
            <input type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="button" onClick={() => void save()} disabled={!name.trim() || busy}>
            {t('imp.mapping.save')}
          </button>
        </div>
      </fieldset>
      <Alert message={error ?? (saved.error ? errorText(t, saved.error) : null)} />
      <Notice message={notice} />

      {hasName ? null : <p className="field-hint">{t('imp.mapping.noName')}</p>}
      <div className="actions">
        <button type="button" className="button-primary" onClick={onPreview} disabled={busy}>
          {t('imp.mapping.toPreview')}
        </button>
      </div>
    </section>
  )
}
