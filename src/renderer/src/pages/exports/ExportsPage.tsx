import { useId, useMemo, useState, type ReactNode } from 'react'
import type { InputOf } from '../../../../shared/api'
import type { MessageKey } from '../../../../shared/i18n'
import type { Language } from '../../../../shared/model'
import { asApiError, call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { PageHeading } from '../../components/PageHeading'
import { useLoad } from '../../hooks/useLoad'
import { enumText, errorText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { ActivityPicker } from './ActivityPicker'
import { downloadBase64 } from './download'
import { ExportHistory } from './ExportHistory'
import { ExportResultView } from './ExportResultView'
import { useExportJob, type ExportOutput } from './useExportJob'
import './exports.css'

type What = 'ropa' | 'toms' | 'changes'
type Kind = 'gdpr-controller' | 'gdpr-processor' | 'revdsg' | 'revdsg-processor'
type Format = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'json'
type ScopeType = 'all' | 'ids' | 'filter'
type Status = 'draft' | 'in_review' | 'approved'

const KINDS: Record<'gdpr' | 'revdsg', readonly Kind[]> = { gdpr: ['gdpr-controller', 'gdpr-processor'], revdsg: ['revdsg', 'revdsg-processor'] }
const FORMATS: Record<What, readonly Format[]> = { ropa: ['pdf', 'docx', 'xlsx', 'csv', 'json'], toms: ['pdf', 'docx'], changes: ['pdf', 'docx', 'json'] }
const STATUSES: readonly Status[] = ['draft', 'in_review', 'approved']
const isProcessor = (k: Kind): boolean => k === 'gdpr-processor' || k === 'revdsg-processor'

/** One group of radio buttons: a fieldset with its legend. */
function Radios<V extends string>(props: {
  legend: string
  name: string
  value: V
  options: readonly V[]
  label: (v: V) => string
  onChange: (v: V) => void
  hint?: string
  className?: string
}): ReactNode {
  const hintId = useId()
  return (
    <fieldset className={`field xp-radios ${props.className ?? ''}`} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <div className="xp-choices">
        {props.options.map((v) => (
          <label key={v} className="check">
            <input type="radio" name={props.name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
            <span>{props.label(v)}</span>
          </label>
        ))}
      </div>
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  )
}

/** The "Exports" page: choose a document and its options, export with progress, and the export history. */
export function ExportsPage(): ReactNode {
  const { t, language } = useI18n()
  const org = useLoad('organisation', () => call('organisation.get', {}))
  const regimes = org.data?.regimes
  const kinds = useMemo(() => (regimes ?? []).flatMap((r) => KINDS[r]), [regimes])

  const [what, setWhat] = useState<What>('ropa')
  const [kind, setKind] = useState<Kind | null>(null)
  const [depth, setDepth] = useState<'authority' | 'internal'>('authority')
  const [format, setFormat] = useState<Format>('pdf')
  const [lang, setLang] = useState<Language>(language)
  const [scopeType, setScopeType] = useState<ScopeType>('all')
  const [ids, setIds] = useState<string[]>([])
  const [statuses, setStatuses] = useState<Status[]>(['approved'])
  const [includeArchived, setIncludeArchived] = useState(false)
  const [delimiter, setDelimiter] = useState<',' | ';'>(language === 'en' ? ',' : ';')
  const [bom, setBom] = useState(true)
  const [groupBy, setGroupBy] = useState<'controlArea' | 'sdmGoal'>('controlArea')
  const [onlyImplemented, setOnlyImplemented] = useState(false)

  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [result, setResult] = useState<ExportOutput | null>(null)
  const [historyRound, setHistoryRound] = useState(0)
  const job = useExportJob()

  const chosenKind: Kind | null = kind && kinds.includes(kind) ? kind : (kinds[0] ?? null)
  const formats = FORMATS[what]
  const chosenFormat: Format = formats.includes(format) ? format : 'pdf'
  const target = chosenKind && isProcessor(chosenKind) ? 'processorActivities' : 'activities'

  const blocked = what === 'ropa' && ((scopeType === 'ids' && ids.length === 0) || (scopeType === 'filter' && statuses.length === 0) || !chosenKind)

  const finished = (out: ExportOutput): void => {
    downloadBase64(out.fileName, out.mimeType, out.base64)
    setResult(out)
    setNotice(t('xp.result.saved', { file: out.fileName }))
    setHistoryRound((r) => r + 1)
  }

  const runExport = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    setNotice(null)
    setResult(null)
    try {
      if (what === 'changes') {
        finished(await call('exports.changesSince', { format: chosenFormat as 'pdf' | 'docx' | 'json', lang }))
        return
      }
      let input: InputOf<'exports.start'>
      if (what === 'toms') {
        input = { what: 'toms', groupBy, onlyImplemented, format: chosenFormat as 'pdf' | 'docx', lang }
      } else {
        const scope: InputOf<'exports.ropa'>['scope'] =
          scopeType === 'ids' ? { type: 'ids', ids } : scopeType === 'filter' ? { type: 'filter', query: { filters: { status: statuses }, archived: includeArchived ? 'include' : 'exclude' } } : { type: 'all' }
        input = {
          what: 'ropa',
          kind: chosenKind!,
          depth,
          format: chosenFormat,
          lang,
          scope,
          includeArchived,
          ...(chosenFormat === 'csv' ? { csv: { bom, delimiter } } : {})
        }
      }
      const out = await job.run(input)
      if (out) finished(out)
      else setNotice(t('xp.cancelled'))
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  const changesSince = async (exportId: string, changesFormat: 'pdf' | 'docx' | 'json'): Promise<void> => {
    setBusy(true)
    setError(null)
    setNotice(null)
    setResult(null)
    try {
      finished(await call('exports.changesSince', { exportId, format: changesFormat, lang }))
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  const fmt = (f: Format): string => t(`xp.format.${f}` as MessageKey)
  const percent = job.percent
  const progress = job.progress

  return (
    <>
      <PageHeading title={t('xp.heading')} intro={t('xp.intro')} />
      <Alert message={org.error ? errorText(t, org.error) : null} />
      <section className="card xp-form" aria-labelledby="xp-form-heading">
        <h2 id="xp-form-heading">{t('xp.form')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (!busy && !blocked) void runExport()
          }}
        >
          <fieldset className="field xp-radios" disabled={busy}>
            <legend>{t('xp.what')}</legend>
            {kinds.map((k) => (
              <label key={k} className="check">
                <input
                  type="radio"
                  name="xp-what"
                  value={k}
                  checked={what === 'ropa' && chosenKind === k}
                  onChange={() => {
                    setWhat('ropa')
                    setKind(k)
                    // Chosen activities do not fit a processor record (and the other way round).
                    if (isProcessor(k) !== (target === 'processorActivities')) setIds([])
                  }}
                />
                <span>{t(`xp.kind.${k}` as MessageKey)}</span>
              </label>
            ))}
            <label className="check">
              <input type="radio" name="xp-what" value="toms" checked={what === 'toms'} onChange={() => setWhat('toms')} />
              <span>{t('xp.what.toms')}</span>
            </label>
            <label className="check">
              <input type="radio" name="xp-what" value="changes" checked={what === 'changes'} onChange={() => setWhat('changes')} />
              <span>{t('xp.what.changes')}</span>
            </label>
            {what === 'toms' ? <p className="field-hint">{t('xp.toms.hint')}</p> : null}
            {what === 'changes' ? <p className="field-hint">{t('xp.changes.hint')}</p> : null}
          </fieldset>

          <fieldset className="xp-options" disabled={busy}>
            <legend className="visually-hidden">{t('xp.options')}</legend>
            <div className="field-row">
              {what === 'ropa' ? (
                <Radios legend={t('xp.depth')} name="xp-depth" value={depth} options={['authority', 'internal'] as const} label={(v) => t(`xp.depth.${v}`)} onChange={setDepth} />
              ) : null}
              {what === 'toms' ? (
                <Radios legend={t('xp.groupBy')} name="xp-group" value={groupBy} options={['controlArea', 'sdmGoal'] as const} label={(v) => t(`xp.groupBy.${v}`)} onChange={setGroupBy} />
              ) : null}
              <Radios legend={t('xp.format')} name="xp-format" value={chosenFormat} options={formats} label={fmt} onChange={setFormat} />
              <Radios legend={t('xp.lang')} name="xp-lang" value={lang} options={['de', 'en'] as const} label={(v) => t(`xp.lang.${v}`)} onChange={setLang} hint={t('xp.lang.hint')} />
            </div>

            {what === 'toms' ? (
              <label className="check">
                <input type="checkbox" checked={onlyImplemented} onChange={(e) => setOnlyImplemented(e.target.checked)} />
                <span>{t('xp.onlyImplemented')}</span>
              </label>
            ) : null}

            {what === 'ropa' ? (
              <>
                <Radios legend={t('xp.scope')} name="xp-scope" value={scopeType} options={['all', 'filter', 'ids'] as const} label={(v) => t(`xp.scope.${v}`)} onChange={setScopeType} className="xp-inline" />
                {scopeType === 'filter' ? (
                  <fieldset className="field xp-inline">
                    <legend>{t('xp.status')}</legend>
                    <div className="xp-choices">
                    {STATUSES.map((s) => (
                      <label key={s} className="check">
                        <input
                          type="checkbox"
                          checked={statuses.includes(s)}
                          onChange={(e) => setStatuses(e.target.checked ? STATUSES.filter((x) => x === s || statuses.includes(x)) : statuses.filter((x) => x !== s))}
                        />
                        <span>{enumText(t, 'activityStatus', s)}</span>
                      </label>
                    ))}
                    </div>
                    {statuses.length === 0 ? <p className="field-error">{t('xp.status.none')}</p> : null}
                  </fieldset>
                ) : null}
                {scopeType === 'ids' ? (
                  <>
                    <ActivityPicker target={target} includeArchived={includeArchived} selected={ids} onChange={setIds} />
                    {ids.length === 0 ? <p className="field-error">{t('xp.picker.empty')}</p> : null}
                  </>
                ) : null}
                <label className="check">
                  <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
                  <span>{t('xp.includeArchived')}</span>
                </label>
                {chosenFormat === 'csv' ? (
                  <fieldset className="field xp-csv">
                    <legend>{t('xp.csv')}</legend>
                    <label className="xp-select">
                      <span>{t('xp.csv.delimiter')}</span>
                      <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as ',' | ';')}>
                        <option value=";">{t('xp.csv.semicolon')}</option>
                        <option value=",">{t('xp.csv.comma')}</option>
                      </select>
                    </label>
                    <label className="check">
                      <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
                      <span>{t('xp.csv.bom')}</span>
                    </label>
                  </fieldset>
                ) : null}
              </>
            ) : null}
          </fieldset>

          <div className="actions xp-actions">
            <button type="submit" className="button-primary" disabled={busy || blocked}>
              {busy ? t('xp.running') : t('xp.run')}
            </button>
            {progress ? (
              <button type="button" onClick={job.cancel}>
                {t('xp.cancel')}
              </button>
            ) : null}
          </div>
          {progress ? (
            <div className="xp-progress">
              <div
                className="xp-progress-bar"
                role="progressbar"
                aria-label={t('xp.progress')}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={`${percent} %`}
              >
                <span style={{ width: `${percent}%` }} />
              </div>
              <p className="muted">{t('xp.progress.text', { phase: t(`xp.phase.${progress.phase}`), done: progress.done, total: progress.total })}</p>
            </div>
          ) : null}
        </form>
      </section>

      <Alert message={error} />
      <Notice message={notice} tone={result ? 'success' : 'warning'} />
      {result ? <ExportResultView result={result} /> : null}

      <ExportHistory round={historyRound} busy={busy} onChangesSince={(id, f) => void changesSince(id, f)} />
    </>
  )
}
