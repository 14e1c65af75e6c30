import { useEffect, useRef, useState, type ReactNode } from 'react'
import { DpiaResult, IsoDate, type Regime } from '../../../../shared/model'
import { useApp } from '../../app/AppContext'
import { TextField } from '../../components/TextField'
import { checkOptions, forRegimes, selectOptions, useCatalog } from '../../components/form/catalog'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { ContactFields } from '../../components/form/ContactFields'
import { useCountryOptions } from '../../components/form/countries'
import { EntityPicker } from '../../components/form/EntityPicker'
import { FormCheckGroup, FormDate, FormSelect, FormText, FormTextArea, numberOrText, normaliseDate } from '../../components/form/fields'
import { useField, useForm } from '../../components/form/FormContext'
import { useLookup } from '../../components/form/lookup'
import { fieldId, getIn } from '../../components/form/paths'
import { enumText, formatDate, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { useEditor } from './EditorContext'
import { today } from './model'

type Row = Record<string, unknown>

/** Rows of one array field with add and remove; focus goes to the new row, or to "add" after removing. */
function useRows(path: string, blank: () => Row) {
  const form = useForm()
  const rows = (getIn(form.draft, path) as Row[] | undefined) ?? []
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    if (pendingFocus.current === null) return
    const el = document.getElementById(pendingFocus.current)
    pendingFocus.current = null
    el?.focus()
  })
  return {
    rows,
    add: (firstField: string) => {
      form.set(path, [...rows, blank()])
      pendingFocus.current = fieldId(form.idPrefix, `${path}.${rows.length}.${firstField}`)
    },
    remove: (index: number) => {
      form.set(
        path,
        rows.filter((_, i) => i !== index)
      )
      pendingFocus.current = fieldId(form.idPrefix, path)
    }
  }
}

function RowsError({ path }: { path: string }): ReactNode {
  const f = useField(path)
  return f.error ? (
    <p id={f.errorId} className="field-error">
      {f.error}
    </p>
  ) : null
}

/** One row of a list editor (a transfer, a retention rule, a controller): legend and remove button. */
function RowCard({ label, onRemove, children }: { label: string; onRemove: () => void; children: ReactNode }): ReactNode {
  const { t } = useI18n()
  return (
    <fieldset className="row-card">
      <legend>{label}</legend>
      {children}
      <div className="row-actions">
        <button type="button" className="button-quiet" onClick={onRemove}>
          {t('row.remove', { label })}
        </button>
      </div>
    </fieldset>
  )
}

// ---------------------------------------------------------------------------------------------
// Transfers (GDPR Art. 30(1)(e), Art. 44–49; DSG Art. 12 Abs. 2 lit. g, Art. 16–17)

/**
 * Transfers abroad as rows: recipient, country, the law the row is recorded under (only the
 * workspace's), and a mechanism of that law only: a revDSG row offers CH-* codes, a GDPR row EU-*.
 */
export function TransfersEditor({ regimes }: { regimes: readonly Regime[] }): ReactNode {
  const { t, locale } = useI18n()
  const form = useForm()
  const catalog = useCatalog()
  const countries = useCountryOptions(locale)
  const { rows, add, remove } = useRows('transfers', () => ({ recipientId: null, country: '', mechanism: null, regime: regimes[0] ?? 'gdpr', notes: '' }))
  return (
    <div className="rows">
      <RowsError path="transfers" />
      {rows.length === 0 ? <p className="muted empty-line">{t('transfer.empty')}</p> : null}
      {rows.map((row, i) => {
        const p = `transfers.${i}`
        const regime = row.regime as Regime
        const regimeChoices = [...new Set<Regime>([...regimes, regime])]
        const mechanisms = catalog.transferMechanisms.filter((m) => m.regimes.includes(regime))
        const rowLabel = t('transfer.row', { n: i + 1 })
        return (
          <RowCard key={i} label={rowLabel} onRemove={() => remove(i)}>
            <div className="grid-2">
              <EntityPicker
                path={`${p}.recipientId`}
                target="recipients"
                single
                onPicked={(picked) => {
                  const country = picked.entity.country
                  if (!row.country && typeof country === 'string') form.set(`${p}.country`, country)
                }}
              />
              <FormSelect path={`${p}.country`} options={countries} empty={t('transfer.chooseCountry')} emptyValue="" />
              <FormSelect
                path={`${p}.regime`}
                options={regimeChoices.map((r) => ({ value: r, label: t(`regime.${r}`) }))}
                onChanged={(next) => {
                  const current = catalog.transferMechanisms.find((m) => m.value === row.mechanism)
                  if (current && !current.regimes.includes(next as Regime)) form.set(`${p}.mechanism`, null)
                }}
              />
              <FormSelect
                path={`${p}.mechanism`}
                options={selectOptions(locale, mechanisms, (g) => keyText(t, `enum.mechanismGroup.${g}`, g))}
                empty={t('transfer.noMechanism')}
              />
            </div>
            <FormTextArea path={`${p}.notes`} rows={2} />
          </RowCard>
        )
      })}
      <button type="button" id={fieldId(form.idPrefix, 'transfers')} onClick={() => add('recipientId')}>
        {t('transfer.add')}
      </button>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------
// Retention (GDPR Art. 30(1)(f); DSG Art. 12 Abs. 2 lit. e: a period or the criteria)

function PeriodField({ path }: { path: string }): ReactNode {
  const { t } = useI18n()
  const form = useForm()
  const period = getIn(form.draft, path) as { amount: unknown; unit: string } | null | undefined
  const [unit, setUnit] = useState(period?.unit ?? 'years')
  const amountId = fieldId(form.idPrefix, `${path}.amount`)
  const unitId = fieldId(form.idPrefix, `${path}.unit`)
  const error = form.errors[`${path}.amount`] ?? form.errors[path] ?? form.errors[`${path}.unit`]
  const errorId = error ? `${amountId}-error` : undefined
  const hintId = `${amountId}-hint`
  return (
    <fieldset className="field period" aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}>
      <legend>{t('field.retention.period')}</legend>
      <div className="inline-row">
        <div className="field field-number">
          <label htmlFor={amountId}>{t('field.retention.amount')}</label>
          <input
            id={amountId}
            type="text"
            inputMode="numeric"
            value={period ? String(period.amount ?? '') : ''}
            onChange={(e) => {
              const amount = numberOrText(e.target.value)
              form.set(path, amount === null ? null : { amount, unit: period?.unit ?? unit })
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={unitId}>{t('field.retention.unit')}</label>
          <select
            id={unitId}
            value={period?.unit ?? unit}
            onChange={(e) => {
              setUnit(e.target.value)
              if (period) form.set(`${path}.unit`, e.target.value)
            }}
          >
            {(['days', 'months', 'years'] as const).map((u) => (
              <option key={u} value={u}>
                {enumText(t, 'periodUnit', u)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <p id={hintId} className="field-hint">
        {t('retention.periodHint')}
      </p>
    </fieldset>
  )
}

/** Retention rules as rows; the category choice is limited to the activity's own data categories. */
export function RetentionEditor(): ReactNode {
  const { t } = useI18n()
  const form = useForm()
  const lookup = useLookup()
  const { rows, add, remove } = useRows('retention', () => ({
    dataCategoryId: null,
    period: null,
    criteria: '',
    startEvent: '',
    deletionProcedure: '',
    legalReference: ''
  }))
  const categoryIds = (getIn(form.draft, 'dataCategoryIds') as string[] | undefined) ?? []
  const nameOf = (id: string): string => {
    const named = lookup.get('dataCategories', id)
    return named && named !== 'missing' ? `${named.ref} ${named.name}` : id.slice(0, 8)
  }
  return (
    <div className="rows">
      <RowsError path="retention" />
      {rows.length === 0 ? <p className="muted empty-line">{t('retention.empty')}</p> : null}
      {rows.map((row, i) => {
        const p = `retention.${i}`
        const current = typeof row.dataCategoryId === 'string' ? [row.dataCategoryId] : []
        const ids = [...new Set([...categoryIds, ...current])]
        const rowLabel = t('retention.row', { n: i + 1 })
        return (
          <RowCard key={i} label={rowLabel} onRemove={() => remove(i)}>
            <div className="grid-2">
              <FormSelect
                path={`${p}.dataCategoryId`}
                options={ids.map((id) => ({ value: id, label: nameOf(id) }))}
                empty={t('retention.allCategories')}
                hint={t('retention.categoryHint')}
              />
              <PeriodField path={`${p}.period`} />
              <FormTextArea path={`${p}.criteria`} rows={2} />
              <FormText path={`${p}.startEvent`} />
              <FormTextArea path={`${p}.deletionProcedure`} rows={2} />
              <FormText path={`${p}.legalReference`} />
            </div>
          </RowCard>
        )
      })}
      <button type="button" id={fieldId(form.idPrefix, 'retention')} onClick={() => add('dataCategoryId')}>
        {t('retention.add')}
      </button>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------
// Controllers served (GDPR Art. 30(2)(a), DSG Art. 12 Abs. 3)

export function ControllersEditor(): ReactNode {
  const { t } = useI18n()
  const form = useForm()
  const { rows, add, remove } = useRows('controllers', () => ({ name: '', address: '', email: '', phone: '', representative: '', dpo: '' }))
  return (
    <div className="rows">
      <RowsError path="controllers" />
      {rows.length === 0 ? <p className="muted empty-line">{t('controller.empty')}</p> : null}
      {rows.map((_, i) => {
        const p = `controllers.${i}`
        const rowLabel = t('controller.row', { n: i + 1 })
        return (
          <RowCard key={i} label={rowLabel} onRemove={() => remove(i)}>
            <ContactFields path={p} />
            <div className="grid-2">
              <FormTextArea path={`${p}.representative`} rows={2} />
              <FormTextArea path={`${p}.dpo`} rows={2} />
            </div>
          </RowCard>
        )
      })}
      <button type="button" id={fieldId(form.idPrefix, 'controllers')} onClick={() => add('name')}>
        {t('controller.add')}
      </button>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------
// Legal bases (GDPR Art. 6(1), 9(2), 10; DSG Art. 31), grouped by kind

const basisGroups = ['gdpr-6', 'gdpr-9', 'gdpr-10', 'dsg-31'] as const

export function LegalBasesEditor({ regimes }: { regimes: readonly Regime[] }): ReactNode {
  const { t, locale } = useI18n()
  const catalog = useCatalog()
  const f = useField('legalBases', { deep: true })
  const selected = Array.isArray(f.value) ? (f.value as string[]) : []
  const offered = catalog.legalBases.filter((o) => forRegimes([o], regimes).length > 0 || selected.includes(String(o.value)))
  const groups = basisGroups.map((g) => ({ group: g, items: offered.filter((o) => o.group === g) })).filter((g) => g.items.length > 0)
  return (
    <div className="legal-bases">
      {f.error ? (
        <p id={f.errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      <div className="grid-2">
        {groups.map((g, i) => (
          <FormCheckGroup
            key={g.group}
            path="legalBases"
            legend={t(`enum.legalBasisKind.${g.group}`)}
            options={checkOptions(locale, g.items)}
            showError={false}
            primary={i === 0}
          />
        ))}
      </div>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------
// DPIA screening (GDPR Art. 35, WP248 rev.01; DSG Art. 22)

export function DpiaEditor(): ReactNode {
  const { t, locale } = useI18n()
  const catalog = useCatalog()
  const form = useForm()
  const wp248 = (getIn(form.draft, 'dpia.wp248') as number[] | undefined) ?? []
  return (
    <>
      <div className="grid-2">
        {catalog.wp248.length > 0 ? (
          <FormCheckGroup
            path="dpia.wp248"
            options={catalog.wp248.map((o) => ({ value: o.value, label: `${o.value}. ${checkOptions(locale, [o], false)[0].label}` }))}
            hint={t('dpia.count', { count: wp248.length })}
          />
        ) : null}
        <div>
          {catalog.art35_3.length > 0 ? <FormCheckGroup path="dpia.art35_3" options={checkOptions(locale, catalog.art35_3, false)} /> : null}
          {catalog.dsg22.length > 0 ? <FormCheckGroup path="dpia.dsg22" options={checkOptions(locale, catalog.dsg22, false)} /> : null}
        </div>
      </div>
      <div className="grid-2">
        <FormSelect
          path="dpia.result"
          options={DpiaResult.options.map((v) => ({ value: v, label: enumText(t, 'dpiaResult', v) }))}
          empty={t('dpia.noResult')}
        />
        <FormDate path="dpia.screenedAt" />
      </div>
      <FormTextArea path="dpia.justification" rows={3} />
    </>
  )
}

// ---------------------------------------------------------------------------------------------
// Status workflow: draft → in review → approved (approval asks who and when)

export function StatusWorkflow({ approval }: { approval: boolean }): ReactNode {
  const { t, locale } = useI18n()
  const { settings } = useApp()
  const editor = useEditor()
  const [asking, setAsking] = useState(false)
  const [approver, setApprover] = useState('')
  const [date, setDate] = useState('')
  const [errors, setErrors] = useState<{ name?: string; date?: string }>({})
  const saved = editor.saved
  const status = String(saved?.status ?? 'draft')
  const statusText = (s: string): string => enumText(t, 'activityStatus', s)
  const badge = <span className={`status status-${status}`}>{statusText(status)}</span>

  if (!saved) {
    return (
      <div className="workflow">
        <p>
          {t('workflow.status')}: {badge}
        </p>
        <p className="muted">{t('workflow.newHint')}</p>
      </div>
    )
  }

  const go = (next: string, extra: Record<string, unknown> = {}): void => {
    void editor.save({ status: next, ...extra }, t('workflow.changed', { status: statusText(next) }))
  }
  const toDraft = (): void => go('draft', approval ? { approvedBy: '', approvedAt: null } : {})
  const startApproval = (): void => {
    if (!approval) {
      go('approved')
      return
    }
    setApprover(settings.authorName)
    setDate(today())
    setErrors({})
    setAsking(true)
  }
  const confirmApproval = (): void => {
    const name = approver.trim()
    const iso = normaliseDate(date)
    const next: { name?: string; date?: string } = {}
    if (!name) next.name = t('validation.required')
    if (!IsoDate.safeParse(iso).success) next.date = t('validation.date')
    setErrors(next)
    if (next.name || next.date) return
    setAsking(false)
    go('approved', { approvedBy: name, approvedAt: iso })
  }

  return (
    <div className="workflow">
      <p>
        {t('workflow.status')}: {badge}
      </p>
      {approval && status === 'approved' && saved.approvedBy ? (
        <p>{t('workflow.approvedBy', { name: String(saved.approvedBy), date: formatDate(locale, saved.approvedAt as string | null) })}</p>
      ) : null}
      <div className="actions">
        {status === 'draft' ? (
          <button type="button" onClick={() => go('in_review')} disabled={editor.busy}>
            {t('workflow.toReview')}
          </button>
        ) : null}
        {status === 'in_review' ? (
          <button type="button" className="button-primary" onClick={startApproval} disabled={editor.busy}>
            {approval ? t('workflow.approve') : t('workflow.approveSimple')}
          </button>
        ) : null}
        {status !== 'draft' ? (
          <button type="button" onClick={toDraft} disabled={editor.busy}>
            {t('workflow.toDraft')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking}
        title={t('dialog.approveTitle')}
        confirmLabel={t('dialog.approve')}
        cancelLabel={t('dialog.cancel')}
        onConfirm={confirmApproval}
        onCancel={() => setAsking(false)}
      >
        <p className="dialog-text">{t('dialog.approveText')}</p>
        <TextField id="approve-name" label={t('field.activities.approvedBy')} value={approver} onChange={setApprover} error={errors.name} autoComplete="name" />
        <TextField
          id="approve-date"
          label={t('field.activities.approvedAt')}
          value={date}
          onChange={setDate}
          error={errors.date}
          hint={t('form.dateHint')}
        />
      </ConfirmDialog>
    </div>
  )
}
