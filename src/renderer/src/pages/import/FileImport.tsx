import { useId, useRef, useState, type ReactNode } from 'react'
import type { MessageKey } from '../../../../shared/i18n'
import type { AnalyseResult, ImportMapping, ImportReport, JsonImportReport, PreviewResult } from '../../../../shared/imports'
import { asApiError, call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { errorText, formatNumber, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { MappingStep } from './MappingStep'
import { PreviewStep, type Options } from './PreviewStep'
import { ReportView } from './ReportView'
import { readBase64 } from './values'

interface Chosen {
  readonly fileName: string
  readonly base64: string
  readonly json: boolean
}

type Step = 'file' | 'mapping' | 'preview' | 'report'
const STEPS: readonly Step[] = ['file', 'mapping', 'preview', 'report']
const DEFAULT_OPTIONS: Options = { createMissing: true, clearEmpty: false, strict: false }

/** The import wizard (the first tab of #/import): file → column mapping → preview → dry run and import; JSON exports read back. */
export function FileImport(): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<Chosen | null>(null)
  const [analysis, setAnalysis] = useState<AnalyseResult | null>(null)
  const [mapping, setMapping] = useState<ImportMapping>({})
  const [options, setOptions] = useState<Options>(DEFAULT_OPTIONS)
  const [preview, setPreview] = useState<PreviewResult | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [jsonReport, setJsonReport] = useState<JsonImportReport | null>(null)
  const [replaceOrg, setReplaceOrg] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const step: Step = report && !report.dryRun ? 'report' : jsonReport && !jsonReport.dryRun ? 'report' : preview ? 'preview' : analysis ? 'mapping' : 'file'
  const finished = step === 'report'

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  const reset = (): void => {
    setFile(null)
    setAnalysis(null)
    setMapping({})
    setPreview(null)
    setReport(null)
    setJsonReport(null)
    setError(null)
    if (input.current) input.current.value = ''
  }

  const choose = (picked: File | undefined): void => {
    reset()
    if (!picked) return
    void run(async () => {
      const base64 = await readBase64(picked)
      const json = /\.json$/i.test(picked.name)
      setFile({ fileName: picked.name, base64, json })
      if (json) return
      const result = await call('imports.analyse', { fileName: picked.name, base64 })
      setAnalysis(result)
      setMapping(result.suggestedMapping)
    })
  }

  const changeSheet = (sheet: string): void => {
    if (!file) return
    void run(async () => {
      const result = await call('imports.analyse', { fileName: file.fileName, base64: file.base64, sheet })
      setAnalysis(result)
      setMapping(result.suggestedMapping)
      setPreview(null)
      setReport(null)
    })
  }

  const input_ = (): { fileName: string; base64: string; sheet: string; mapping: ImportMapping } => ({ fileName: file!.fileName, base64: file!.base64, sheet: analysis!.sheet, mapping })

  const loadPreview = (opts: Options): void => {
    void run(async () => {
      setReport(null)
      setPreview(await call('imports.preview', { ...input_(), options: opts }))
    })
  }

  const commit = (dryRun: boolean): void => {
    void run(async () => {
      setReport(null)
      setReport(await call('imports.commit', { ...input_(), options, dryRun }))
    })
  }

  const commitJson = (dryRun: boolean): void => {
    if (!file) return
    void run(async () => {
      setJsonReport(null)
      setJsonReport(await call('imports.json', { base64: file.base64, dryRun, organisation: replaceOrg ? 'replace' : 'keep' }))
    })
  }

  return (
    <>
      <ol className="imp-steps" aria-label={t('imp.steps')}>
        {STEPS.map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'imp-step-current' : undefined}>
            {t(`imp.step.${s}` as MessageKey)}
          </li>
        ))}
      </ol>

      <section className="card imp-step" aria-labelledby={`${id}-file`}>
        <h2 id={`${id}-file`}>{t('imp.file.heading')}</h2>
        <div className="field">
          <label htmlFor={`${id}-input`}>{t('imp.file.label')}</label>
          <input
            ref={input}
            id={`${id}-input`}
            type="file"
            accept=".xlsx,.csv,.json,.txt"
            aria-describedby={`${id}-hint`}
            disabled={busy}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('imp.file.hint')}
          </p>
        </div>
        {busy && !analysis && !file?.json ? <p className="muted" role="status">{t('imp.file.reading')}</p> : null}
        <Alert message={error && step === 'file' && !file?.json ? error : null} />

        {analysis && !finished ? (
          <>
            <dl className="facts imp-facts">
              <dt>{t('imp.file.chosen')}</dt>
              <dd>{analysis.fileName}</dd>
              <dt>{t('imp.file.format')}</dt>
              <dd>{analysis.format.toUpperCase()}</dd>
              {analysis.encoding ? (
                <>
                  <dt>{t('imp.file.encoding')}</dt>
                  <dd>{analysis.encoding}</dd>
                </>
              ) : null}
              {analysis.delimiter ? (
                <>
                  <dt>{t('imp.file.delimiter')}</dt>
                  <dd className="mono">{analysis.delimiter}</dd>
                </>
              ) : null}
              <dt>{t('imp.file.rows')}</dt>
              <dd data-testid="imp-rowcount">{formatNumber(locale, analysis.rowCount)}</dd>
            </dl>
            {analysis.format === 'xlsx' ? (
              <fieldset className="field imp-sheets" disabled={busy}>
                <legend>{t('imp.file.sheets')}</legend>
                {analysis.sheets.map((s) => (
                  <label key={s.name} className="check">
                    <input type="radio" name={`${id}-sheet`} value={s.name} checked={analysis.sheet === s.name} onChange={() => changeSheet(s.name)} />
                    <span>{s.name}</span>
                    <span className="muted">{t('imp.file.sheetRows', { rows: formatNumber(locale, s.rows), columns: formatNumber(locale, s.columns) })}</span>
                    {s.hidden ? <span className="badge badge-warn">{t('imp.file.hidden')}</span> : null}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {analysis.issues.length > 0 ? (
              <>
                <h3>{t('imp.file.issues')}</h3>
                <ul className="imp-issues" aria-label={t('imp.file.issues')}>
                  {analysis.issues.map((i, n) => (
                    <li key={n} className={`imp-issue imp-issue-${i.severity}`}>
                      <span className="imp-level">{t(`imp.severity.${i.severity}` as MessageKey)}</span> {keyText(t, i.message, i.message)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
        {file || analysis ? (
          <div className="actions">
            <button type="button" onClick={reset} disabled={busy}>
              {t(finished ? 'imp.report.new' : 'imp.file.again')}
            </button>
          </div>
        ) : null}
      </section>

      {file?.json ? (
        <section className="card imp-step" aria-labelledby={`${id}-json`}>
          <h2 id={`${id}-json`}>{t('imp.json.heading')}</h2>
          <p className="muted">{t('imp.json.intro')}</p>
          <p>
            <strong>{t('imp.file.chosen')}</strong>: {file.fileName}
          </p>
          <label className="check">
            <input type="checkbox" checked={replaceOrg} disabled={busy || finished} onChange={(e) => setReplaceOrg(e.target.checked)} />
            <span>{t('imp.json.replaceOrg')}</span>
          </label>
          <Alert message={error} />
          {finished ? null : (
            <div className="actions imp-actions">
              <button type="button" onClick={() => commitJson(true)} disabled={busy}>
                {t('imp.dryRun')}
              </button>
              <button type="button" className="button-primary" onClick={() => commitJson(false)} disabled={busy}>
                {t('imp.run')}
              </button>
            </div>
          )}
        </section>
      ) : null}
      {jsonReport ? <ReportView report={jsonReport} json /> : null}

      {analysis && file && !finished ? <MappingStep analysis={analysis} mapping={mapping} busy={busy} onChange={(m) => { setMapping(m); setPreview(null); setReport(null) }} onPreview={() => loadPreview(options)} /> : null}
      {analysis && error && step !== 'file' && !file?.json ? <Alert message={error} /> : null}
      {preview && !finished ? (
        <PreviewStep
          preview={preview}
          options={options}
          busy={busy}
          onOptions={(o) => {
            setOptions(o)
            loadPreview(o)
          }}
          onDryRun={() => commit(true)}
          onImport={() => commit(false)}
        />
      ) : null}
      {report ? <ReportView report={report} json={false} /> : null}
    </>
  )
}
