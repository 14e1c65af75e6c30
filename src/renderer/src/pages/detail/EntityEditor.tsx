import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import { linksOf, type RegistryKind } from '../../../../shared/model'
import { asApiError } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Notice } from '../../components/Alert'
import { PageHeading } from '../../components/PageHeading'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { FormContext, type FormApi } from '../../components/form/FormContext'
import { useFormShortcuts, useUnsavedGuard } from '../../components/form/guards'
import { pathLabel } from '../../components/form/labels'
import { useLookup } from '../../components/form/lookup'
import { errorsOf, fieldId, sameJson, setIn, type Draft, type FieldErrors } from '../../components/form/paths'
import { archiveEntity, createEntity, getEntity, restoreEntity, updateEntity, usageOf, type AnyEntity, type UsageRow } from '../../components/form/registryApi'
import { validateWith } from '../../components/form/validate'
import { navigate } from '../../hooks/useRoute'
import { errorText, formatDate, formatDateTime, issueText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { EditorContext, type EditorApi } from './EditorContext'
import { formOf } from './forms/KindForms'
import { HistoryTab } from './HistoryTab'
import { blankDraft, changesOf, clearFlash, inputOf, inputSchema, peekFlash, setFlash } from './model'
import { Tabs } from './Tabs'
import { UsageTab } from './UsageTab'
import { FindingsPanel } from '../dashboard/FindingsPanel'
import { useLoad } from '../../hooks/useLoad'

type TabKey = 'details' | 'usage' | 'history'
type Problem = { readonly kind: 'conflict' | 'error'; readonly text: string } | null

const ID_PREFIX = 'f'

/** Server issues stay until their field (or a field around or inside it) is edited. */
function withoutPath(errors: FieldErrors, path: string): FieldErrors {
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    if (key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`)) continue
    out[key] = message
  }
  return out
}

/** Focus the field an error summary entry names, or the nearest enclosing field that exists. */
function focusPath(path: string): void {
  const segments = path.split('.')
  while (segments.length > 0) {
    const el = document.getElementById(fieldId(ID_PREFIX, segments.join('.')))
    if (el) {
      el.focus()
      el.scrollIntoView({ block: 'center' })
      return
    }
    segments.pop()
  }
}

interface Props {
  readonly kind: RegistryKind
  readonly entity: AnyEntity | null
  readonly options: CatalogOptions
  readonly onReload: () => void
  /** Move focus to this page's heading once shown (it had been on the loading heading). */
  readonly focusHeading?: boolean
}

/**
 * One entry: its form (validated by the same zod schema as the core, saved as a patch of the
 * changed fields with the version it is based on), its back-references and its history.
 */
export function EntityEditor({ kind, entity, options, onReload, focusHeading }: Props): ReactNode {
  const { t, locale } = useI18n()
  const { status } = useApp()
  const lookup = useLookup()
  const schema = inputSchema(kind)

  const [saved, setSaved] = useState<AnyEntity | null>(entity)
  const [initial, setInitial] = useState<Draft>(() => (entity ? inputOf(kind, entity) : blankDraft(schema)))
  const [draft, setDraft] = useState<Draft>(initial)
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<Problem>(null)
  const [notice, setNotice] = useState<string | null>(() => peekFlash())
  const [busy, setBusy] = useState(false)
  const [tab, setTab] = useState<TabKey>('details')
  const [historyRound, setHistoryRound] = useState(0)
  const [asking, setAsking] = useState<null | 'discard' | 'archive'>(null)
  const [failedAt, setFailedAt] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => clearFlash(), [])
  const pageRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusHeading && (document.activeElement === document.body || document.activeElement === null)) pageRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [focusHeading])

  const dirty = !sameJson(draft, initial)
  const guard = useUnsavedGuard(dirty)

  // After the first failed save, the schema re-runs on every change so fixed fields clear at once.
  const live = useMemo(() => (attempted ? validateWith(schema, draft, locale, t) : null), [attempted, schema, draft, locale, t])
  const errors: FieldErrors = useMemo(() => ({ ...serverErrors, ...(live && !live.ok ? live.errors : {}) }), [serverErrors, live])
  const errorCount = Object.keys(errors).length

  useEffect(() => {
    if (failedAt > 0) summaryRef.current?.focus()
  }, [failedAt])

  // Names of everything the draft links to, for the pickers and the retention rows.
  const { ensure } = lookup
  const linkKey = JSON.stringify(linksOf(kind, draft as Record<string, unknown>).map((l) => [l.target, l.id]))
  useEffect(() => {
    const byTarget = new Map<RegistryKind, string[]>()
    for (const [target, id] of JSON.parse(linkKey) as Array<[RegistryKind, string]>) byTarget.set(target, [...(byTarget.get(target) ?? []), id])
    for (const [target, ids] of byTarget) ensure(target, ids)
  }, [linkKey, ensure])

  const usage = useLoad<UsageRow[]>(saved ? `${kind}:${saved.id}:${historyRound}:${tab === 'usage'}` : null, () => usageOf(kind, saved?.id ?? ''))

  const set = useCallback((path: string, value: unknown) => {
    setDraft((d) => setIn(d, path, value))
    setServerErrors((e) => (Object.keys(e).length ? withoutPath(e, path) : e))
  }, [])
  const update = useCallback((change: (d: Draft) => Draft) => setDraft(change), [])

  const form = useMemo<FormApi>(
    () => ({ scope: kind, idPrefix: ID_PREFIX, draft, errors, regimes: status.regimes, set, update }),
    [kind, draft, errors, status.regimes, set, update]
  )

  const save = async (overrides?: Draft, successText?: string): Promise<boolean> => {
    if (busy) return false
    const next = overrides ? { ...draft, ...overrides } : draft
    setProblem(null)
    setNotice(null)
    setServerErrors({})
    const checked = validateWith(schema, next, locale, t)
    if (!checked.ok) {
      setAttempted(true)
      setTab('details')
      setFailedAt((n) => n + 1)
      return false
    }
    setBusy(true)
    try {
      if (!saved) {
        const created = await createEntity(kind, checked.data as Record<string, unknown>)
        setFlash(t('form.created', { ref: created.ref }))
        guard.allowNext()
        navigate(kind, created.id)
        return true
      }
      const changes = changesOf(kind, checked.data as Record<string, unknown>, saved)
      if (Object.keys(changes).length === 0) {
        setAttempted(false)
        setNotice(t('form.noChanges'))
        return true
      }
      const updated = await updateEntity(kind, saved.id, saved.version, changes)
      const fresh = inputOf(kind, updated)
      setSaved(updated)
      setInitial(fresh)
      setDraft(fresh)
      setAttempted(false)
      setNotice(successText ?? t('form.saved'))
      setHistoryRound((n) => n + 1)
      return true
    } catch (e) {
      const error = asApiError(e)
      if (error.code === 'VERSION_CONFLICT') {
        const { expected, actual } = error.params
        setProblem({ kind: 'conflict', text: t('form.conflict', { expected: expected ?? saved?.version ?? '', actual: actual ?? '' }) })
      } else if (error.code === 'VALIDATION' && error.issues.length > 0) {
        setServerErrors(errorsOf(error.issues, (message) => issueText(t, { path: '', message })))
        setTab('details')
        setFailedAt((n) => n + 1)
      } else {
        setProblem({ kind: 'error', text: errorText(t, error) })
      }
      return false
    } finally {
      setBusy(false)
    }
  }

  const discard = (): void => {
    setAsking(null)
    setDraft(initial)
    setAttempted(false)
    setServerErrors({})
    setProblem(null)
    if (!saved) {
      guard.allowNext()
      navigate(kind)
    }
  }

  const duplicate = async (): Promise<void> => {
    if (!saved) return
    setBusy(true)
    setProblem(null)
    try {
      const data: Record<string, unknown> = { ...inputOf(kind, saved), name: t('form.copyName', { name: saved.name }).slice(0, 300) }
      if ('status' in data) data.status = 'draft'
      if ('approvedBy' in data) data.approvedBy = ''
      if ('approvedAt' in data) data.approvedAt = null
      const created = await createEntity(kind, data)
      setFlash(t('form.duplicated', { ref: created.ref }))
      navigate(kind, created.id)
    } catch (e) {
      setProblem({ kind: 'error', text: errorText(t, asApiError(e)) })
    } finally {
      setBusy(false)
    }
  }

  const setArchived = async (archived: boolean): Promise<void> => {
    if (!saved) return
    setAsking(null)
    setBusy(true)
    setProblem(null)
    try {
      await (archived ? archiveEntity(kind, saved.id) : restoreEntity(kind, saved.id))
      setSaved(await getEntity(kind, saved.id))
      setNotice(t(archived ? 'form.archivedNotice' : 'form.restoredNotice'))
      setHistoryRound((n) => n + 1)
    } catch (e) {
      setProblem({ kind: 'error', text: errorText(t, asApiError(e)) })
    } finally {
      setBusy(false)
    }
  }

  useFormShortcuts(
    () => void save(),
    () => {
      if (!dirty) return false
      setAsking('discard')
      return true
    }
  )

  const editor: EditorApi = { kind, saved, busy, save }
  const kindLabel = t(`entity.${kind}`)
  const title = saved ? t('detail.title', { ref: saved.ref, name: saved.name }) : t('detail.newTitle', { kind: kindLabel })
  const intro = saved
    ? t('detail.meta', { kind: kindLabel, version: saved.version, date: formatDateTime(locale, saved.updatedAt) })
    : t('detail.newIntro')
  const canDuplicate = saved !== null && (kind === 'activities' || kind === 'processorActivities')
  const Form = formOf[kind]

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault()
    void save()
  }

  const details = (
    <form className="entity-form" onSubmit={onSubmit} noValidate aria-label={title}>
      <div className="save-bar">
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('form.saving') : saved ? t('form.save') : t('form.create')}
          </button>
          {saved ? (
            <button type="button" onClick={() => setAsking('discard')} disabled={!dirty || busy}>
              {t('form.discard')}
            </button>
          ) : (
            <button type="button" onClick={() => (dirty ? setAsking('discard') : navigate(kind))}>
              {t('form.cancelNew')}
            </button>
          )}
        </div>
        <span className={dirty ? 'dirty-flag' : 'clean-flag'}>{dirty ? t('form.dirty') : saved ? t('form.clean') : ''}</span>
        <span className="muted shortcut-hint">{t('form.shortcuts')}</span>
        <Notice message={notice} />
      </div>
      {failedAt > 0 && errorCount > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <p id="error-summary-title" className="error-summary-title">
            {t('form.invalidSummary', { count: errorCount })}
          </p>
          <ul>
            {Object.entries(errors).map(([path, message]) => (
              <li key={path}>
                <button type="button" className="link" onClick={() => focusPath(path)}>
                  {pathLabel(t, kind, path)}
                </button>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form />
    </form>
  )

  const archivedAt = saved?.archivedAt ?? null
  return (
    <EditorContext.Provider value={editor}>
      <FormContext.Provider value={form}>
        <div className="entity-page" ref={pageRef}>
          <PageHeading
            title={title}
            intro={intro}
            actions={
              saved ? (
                <div className="actions" role="group" aria-label={t('detail.actions')}>
                  {canDuplicate ? (
                    <button type="button" onClick={() => void duplicate()} disabled={busy || dirty}>
                      {t('form.duplicate')}
                    </button>
                  ) : null}
                  {archivedAt ? (
                    <button type="button" onClick={() => void setArchived(false)} disabled={busy}>
                      {t('form.restore')}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setAsking('archive')} disabled={busy || dirty}>
                      {t('form.archive')}
                    </button>
                  )}
                </div>
              ) : null
            }
          />
          {archivedAt ? <p className="alert alert-warning archived-note">{t('detail.archived', { date: formatDate(locale, archivedAt) })}</p> : null}
          {problem ? (
            <div role="alert" className="alert alert-error problem">
              <p>{problem.text}</p>
              {problem.kind === 'conflict' ? (
                <button
                  type="button"
                  onClick={() => {
                    guard.allowNext()
                    onReload()
                  }}
                >
                  {t('form.reload')}
                </button>
              ) : null}
            </div>
          ) : null}
          {saved ? <FindingsPanel kind={kind} id={saved.id} round={historyRound} /> : null}
          {saved ? (
            <Tabs<TabKey>
              idPrefix="entity"
              label={t('detail.tabs')}
              current={tab}
              onSelect={setTab}
              tabs={[
                { key: 'details', label: t('detail.tab.details') },
                { key: 'usage', label: usage.data ? `${t('detail.tab.usage')} (${new Set(usage.data.map((u) => u.id)).size})` : t('detail.tab.usage') },
                { key: 'history', label: t('detail.tab.history') }
              ]}
              panel={(key, selected) => {
                if (key === 'details') return details
                if (!selected) return null
                if (key === 'usage') return <UsageTab name={saved.name} rows={usage.data} error={usage.error} loading={usage.loading} />
                return <HistoryTab kind={kind} id={saved.id} round={historyRound} options={options} />
              }}
            />
          ) : (
            details
          )}
        </div>
        {guard.dialog}
        <ConfirmDialog
          open={asking === 'discard'}
          title={t('dialog.discardTitle')}
          confirmLabel={t('dialog.discard')}
          cancelLabel={t('dialog.stay')}
          danger
          onConfirm={discard}
          onCancel={() => setAsking(null)}
        >
          <p>{t('dialog.discardText')}</p>
        </ConfirmDialog>
        <ConfirmDialog
          open={asking === 'archive'}
          title={t('dialog.archiveTitle', { name: saved?.name ?? '' })}
          confirmLabel={t('dialog.archiveConfirm')}
          cancelLabel={t('dialog.cancel')}
          danger
          onConfirm={() => void setArchived(true)}
          onCancel={() => setAsking(null)}
        >
          <p>{t('dialog.archiveText')}</p>
        </ConfirmDialog>
      </FormContext.Provider>
    </EditorContext.Provider>
  )
}
