import { useState, type ReactNode } from 'react'
import type { OutputOf } from '../../../../../shared/api'
import type { MergeReport } from '../../../../../shared/imports'
import { asApiError, call } from '../../../api/client'
import { errorText } from '../../../i18n/format'
import { useT } from '../../../i18n/I18nContext'
import { MergePreview } from './MergePreview'
import { MergeReportView } from './MergeReportView'
import type { Selection } from './selection'
import { SourceForm, type Source } from './SourceForm'
import './merge.css'

interface Loaded {
  readonly source: Source
  readonly preview: OutputOf<'imports.mergePreview'>
}

/** The "another workspace" tab of #/import: other file → preview and decisions → merge → report. */
export function MergePanel(): ReactNode {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [report, setReport] = useState<MergeReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // A new preview starts with a fresh selection; "take more" starts with an empty form.
  const [previewRound, setPreviewRound] = useState(0)
  const [formRound, setFormRound] = useState(0)

  const reset = (): void => {
    setLoaded(null)
    setReport(null)
    setError(null)
    setFormRound((r) => r + 1)
  }

  const merge = async (selection: Selection, dryRun: boolean): Promise<void> => {
    if (!loaded) return
    setBusy(true)
    setError(null)
    setReport(null)
    try {
      const result = await call('imports.merge', { ...loaded.source, selection, dryRun })
      setReport(result)
      // Done: the preview no longer matches this workspace, and the other passphrase is not kept.
      if (!dryRun) setLoaded(null)
    } catch (e) {
      setError(errorText(t, asApiError(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p className="muted merge-intro">{t('merge.intro')}</p>
      {report && !report.dryRun ? null : (
        <SourceForm
          key={formRound}
          onEdited={() => {
            if (loaded || report) {
              setLoaded(null)
              setReport(null)
            }
          }}
          onLoaded={(source, preview) => {
            setReport(null)
            setError(null)
            setLoaded({ source, preview })
            setPreviewRound((r) => r + 1)
          }}
        />
      )}
      {loaded ? <MergePreview key={previewRound} preview={loaded.preview} busy={busy} error={error} onMerge={(selection, dryRun) => void merge(selection, dryRun)} /> : null}
      {report ? <MergeReportView report={report} onAgain={reset} /> : null}
    </>
  )
}
