import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Language, Organisation, type Regime } from '../../../../shared/model'
import { asApiError, call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert, Notice } from '../../components/Alert'
import { PageHeading } from '../../components/PageHeading'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { ContactFields } from '../../components/form/ContactFields'
import { useCountryOptions } from '../../components/form/countries'
import { FormNumber, FormSelect, FormText, FormTextArea } from '../../components/form/fields'
import { FormContext, type FormApi } from '../../components/form/FormContext'
import { useFormShortcuts, useUnsavedGuard } from '../../components/form/guards'
import { pathLabel } from '../../components/form/labels'
import { errorsOf, fieldId, sameJson, setIn, type Draft, type FieldErrors } from '../../components/form/paths'
import { Section } from '../../components/form/Section'
import { validateWith } from '../../components/form/validate'
import { useLoad } from '../../hooks/useLoad'
import { errorText, issueText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import '../../components/form/forms.css'

type OrganisationData = Organisation
type RegimeChoice = 'gdpr' | 'revdsg' | 'both'

const ID_PREFIX = 'org'
const choiceOf = (regimes: readonly Regime[]): RegimeChoice => (regimes.length > 1 ? 'both' : regimes[0] === 'revdsg' ? 'revdsg' : 'gdpr')
const regimesOf = (choice: RegimeChoice): Regime[] => (choice === 'both' ? ['gdpr', 'revdsg'] : [choice])

/** #/organisation: the controller (GDPR Art. 30(1)(a), DSG Art. 12 Abs. 2 lit. a) and the workspace's scope. */
export function OrganisationPage(): ReactNode {
  const { t } = useI18n()
  const org = useLoad('organisation', () => call('organisation.get', {}))
  if (org.error && !org.data) {
    return (
      <>
        <PageHeading title={t('org.heading')} />
        <Alert message={errorText(t, org.error)} />
      </>
    )
  }
  if (!org.data) {
    return (
      <>
        <PageHeading title={t('org.heading')} />
        <p className="muted" role="status" aria-busy="true">
          {t('detail.loading')}
        </p>
      </>
    )
  }
  return <OrganisationForm organisation={org.data} />
}

function OrganisationForm({ organisation }: { organisation: OrganisationData }): ReactNode {
  const { t, locale } = useI18n()
  const { setStatus } = useApp()
  const countries = useCountryOptions(locale)
  const [saved, setSaved] = useState<OrganisationData>(organisation)
  const [draft, setDraft] = useState<Draft>(organisation)
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState<null | 'discard' | RegimeChoice>(null)
  const [failedAt, setFailedAt] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)

  const dirty = !sameJson(draft, saved)
  const guard = useUnsavedGuard(dirty)
  const live = useMemo(() => (attempted ? validateWith(Organisation, draft, locale, t) : null), [attempted, draft, locale, t])
  const errors: FieldErrors = useMemo(() => ({ ...serverErrors, ...(live && !live.ok ? live.errors : {}) }), [serverErrors, live])
  const errorCount = Object.keys(errors).length

  useEffect(() => {
    if (failedAt > 0) summaryRef.current?.focus()
  }, [failedAt])

  const set = useCallback((path: string, value: unknown) => {
    setDraft((d) => setIn(d, path, value))
    setServerErrors((e) => {
      const out: Record<string, string> = {}
      for (const [k, v] of Object.entries(e)) if (k !== path && !k.startsWith(`${path}.`)) out[k] = v
      return out
    })
  }, [])
  const update = useCallback((change: (d: Draft) => Draft) => setDraft(change), [])
  const form = useMemo<FormApi>(
    () => ({ scope: 'organisation', idPrefix: ID_PREFIX, draft, errors, regimes: saved.regimes, set, update }),
    [draft, errors, saved.regimes, set, update]
  )

  const save = async (): Promise<void> => {
    if (busy) return
    setProblem(null)
    setNotice(null)
    setServerErrors({})
    const checked = validateWith(Organisation, draft, locale, t)
    if (!checked.ok) {
      setAttempted(true)
      setFailedAt((n) => n + 1)
      return
    }
    const changes: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(checked.data)) if (!sameJson(value, (saved as Record<string, unknown>)[key])) changes[key] = value
    if (Object.keys(changes).length === 0) {
      setAttempted(false)
      setNotice(t('form.noChanges'))
      return
    }
    setBusy(true)
    try {
      const next = await call('organisation.update', { changes })
      setSaved(next)
      setDraft(next)
      setAttempted(false)
      setNotice(t('form.saved'))
      // Name, regimes and Swiss terminology in the header follow the organisation.
      setStatus(await call('workspace.status', {}))
    } catch (e) {
      const error = asApiError(e)
      if (error.code === 'VALIDATION' && error.issues.length > 0) {
        setServerErrors(errorsOf(error.issues, (message) => issueText(t, { path: '', message })))
        setFailedAt((n) => n + 1)
      } else setProblem(errorText(t, error))
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

  const choice = choiceOf((draft.regimes as Regime[] | undefined) ?? [])
  const regimeLabels: Record<RegimeChoice, string> = { gdpr: t('org.regimes.gdpr'), revdsg: t('org.regimes.revdsg'), both: t('org.regimes.both') }
  const regimesId = fieldId(ID_PREFIX, 'regimes')
  const regimesError = errors.regimes

  return (
    <FormContext.Provider value={form}>
      <PageHeading title={t('org.heading')} intro={t('org.intro')} />
      <Alert message={problem} />
      <form
        className="org-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          void save()
        }}
        noValidate
        aria-label={t('org.heading')}
      >
        <div className="save-bar">
          <div className="actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {busy ? t('form.saving') : t('form.save')}
            </button>
            <button type="button" onClick={() => setAsking('discard')} disabled={!dirty || busy}>
              {t('form.discard')}
            </button>
          </div>
          <span className={dirty ? 'dirty-flag' : 'clean-flag'}>{dirty ? t('form.dirty') : t('form.clean')}</span>
          <span className="muted shortcut-hint">{t('form.shortcuts')}</span>
          <Notice message={notice} />
        </div>
        {failedAt > 0 && errorCount > 0 ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p className="error-summary-title">{t('form.invalidSummary', { count: errorCount })}</p>
            <ul>
              {Object.entries(errors).map(([path, message]) => (
                <li key={path}>
                  <button type="button" className="link" onClick={() => document.getElementById(fieldId(ID_PREFIX, path))?.focus()}>
                    {pathLabel(t, 'organisation', path)}
                  </button>
                  : {message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Section title={t('org.section.controller')} refs={['ref.gdpr.30_1_a', 'ref.dsg.12_2_a']}>
          <FormText path="name" required hint={t('form.required')} />
          <div className="grid-2">
            <FormTextArea path="address" rows={3} />
            <FormSelect path="country" options={countries} empty={t('form.none')} />
          </div>
        </Section>
        <Section title={t('org.section.contact')}>
          <ContactFields path="contact" />
        </Section>
        <Section title={t('org.section.representative')} refs={['ref.gdpr.27', 'ref.dsg.14']} intro={<p className="muted">{t('org.representativeHint')}</p>}>
          <ContactFields path="representative" />
        </Section>
        <Section title={t('org.section.dpo')} refs={['ref.gdpr.37', 'ref.dsg.10']}>
          <ContactFields path="dpo" />
        </Section>
        <Section title={t('org.section.authority')} refs={['ref.gdpr.51', 'ref.dsg.edoeb']}>
          <FormTextArea path="supervisoryAuthority" rows={2} />
        </Section>
        <Section title={t('org.section.scope')} refs={['ref.gdpr.30_5', 'ref.dsv.24']}>
          <div className="grid-2">
            <FormNumber path="headcount" hint={t('org.headcountHint')} />
            <FormSelect path="language" options={Language.options.map((l) => ({ value: l, label: t(`language.${l}`) }))} hint={t('org.languageHint')} />
          </div>
          <fieldset className="field radio-group" aria-describedby={regimesError ? `${regimesId}-error` : undefined}>
            <legend>{t('field.organisation.regimes')}</legend>
            {regimesError ? (
              <p id={`${regimesId}-error`} className="field-error">
                {regimesError}
              </p>
            ) : null}
            {(['gdpr', 'revdsg', 'both'] as const).map((c, i) => (
              <label key={c} className="check" htmlFor={i === 0 ? regimesId : `${regimesId}-${c}`}>
                <input
                  id={i === 0 ? regimesId : `${regimesId}-${c}`}
                  type="radio"
                  name="org-regimes"
                  checked={choice === c}
                  onChange={() => setAsking(c)}
                />
                <span>{regimeLabels[c]}</span>
              </label>
            ))}
          </fieldset>
        </Section>
      </form>
      {guard.dialog}
      <ConfirmDialog
        open={asking === 'discard'}
        title={t('dialog.discardTitle')}
        confirmLabel={t('dialog.discard')}
        cancelLabel={t('dialog.stay')}
        danger
        onConfirm={() => {
          setAsking(null)
          setDraft(saved)
          setAttempted(false)
          setServerErrors({})
        }}
        onCancel={() => setAsking(null)}
      >
        <p>{t('dialog.discardText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking !== null && asking !== 'discard'}
        title={t('dialog.regimesTitle')}
        confirmLabel={t('dialog.regimesConfirm')}
        cancelLabel={t('dialog.cancel')}
        onConfirm={() => {
          if (asking && asking !== 'discard') set('regimes', regimesOf(asking))
          setAsking(null)
        }}
        onCancel={() => setAsking(null)}
      >
        <p>{t('dialog.regimesText')}</p>
        {asking && asking !== 'discard' ? <p className="muted">{`${regimeLabels[choice]} → ${regimeLabels[asking]}`}</p> : null}
      </ConfirmDialog>
    </FormContext.Provider>
  )
}
