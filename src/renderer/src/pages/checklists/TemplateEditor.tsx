import { useId, useState, type ReactNode } from 'react'
import { TargetType, type AnswerSpec, type ChecklistTemplate, type ChecklistTemplateInput } from '../../../../shared/checklists'
import type { Label } from '../../../../shared/catalog'
import { asApiError, call, type ApiError } from '../../api/client'
import { PageHeading } from '../../components/PageHeading'
import { useI18n } from '../../i18n/I18nContext'
import { ErrorWithIssues } from './ChecklistsPage'

type Draft = ChecklistTemplateInput
type QuestionDraft = Draft['sections'][number]['questions'][number]
type AnswerType = 'rating' | 'text' | 'choice' | 'date' | 'review_list' | 'auto'
const editableTypes: readonly AnswerType[] = ['rating', 'text', 'choice', 'date', 'review_list']

const slug = (s: string, i: number): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || `option-${i + 1}`

/** Sets the label in the UI's language; the other language follows while it was the same or empty. */
function setLabel(label: Label | undefined, lang: 'de' | 'en', value: string): Label {
  const other = lang === 'de' ? 'en' : 'de'
  const before = label ?? { de: '', en: '' }
  const follows = before[other] === '' || before[other] === before[lang]
  const next: Label = { ...before, [lang]: value, ...(follows ? { [other]: value } : {}) }
  if (lang === 'de' && next['de-CH'] !== undefined) next['de-CH'] = value.replaceAll('ß', 'ss')
  return next
}

function specFor(type: AnswerType, previous: QuestionDraft['answer']): QuestionDraft['answer'] {
  if (previous.type === type) return previous
  switch (type) {
    case 'rating':
      return { type: 'rating' }
    case 'text':
      return { type: 'text' }
    case 'choice':
      return { type: 'choice', options: [{ value: 'a', label: { de: 'A', en: 'A' } }, { value: 'b', label: { de: 'B', en: 'B' } }] }
    case 'date':
      return { type: 'date' }
    case 'review_list':
      return { type: 'review_list' }
    case 'auto':
      return previous
  }
}

/** A simple editor for own templates: title, targets, sections, questions with type, help and weight. */
export function TemplateEditor({ initial, expectedVersion, onDone }: { initial: Draft; expectedVersion?: number; onDone: (saved: ChecklistTemplate | null) => void }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const lang: 'de' | 'en' = locale === 'en' ? 'en' : 'de'
  const [draft, setDraft] = useState<Draft>(() => structuredClone(initial))
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const edit = (change: (d: Draft) => void): void =>
    setDraft((d) => {
      const next = structuredClone(d)
      change(next)
      return next
    })

  const submit = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      const saved = await call('checklists.saveTemplate', { template: draft as ChecklistTemplate, ...(expectedVersion ? { expectedVersion } : {}) })
      onDone(saved.template)
    } catch (e) {
      setError(asApiError(e))
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading title={t('cl.editor.heading')} />
      <form
        className="cl-editor"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="card">
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-key`}>{t('cl.editor.key')}</label>
              <input id={`${id}-key`} type="text" className="mono" value={draft.key} readOnly={expectedVersion !== undefined} aria-describedby={`${id}-key-hint`} onChange={(e) => edit((d) => void (d.key = e.target.value))} />
              <p id={`${id}-key-hint`} className="field-hint">
                {t('cl.editor.keyHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-rec`}>{t('cl.editor.recurrence')}</label>
              <input
                id={`${id}-rec`}
                type="number"
                min={1}
                max={120}
                value={draft.recurrenceMonths ?? ''}
                onChange={(e) => edit((d) => void (d.recurrenceMonths = e.target.value === '' ? null : Number(e.target.value)))}
              />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-de`}>{t('cl.editor.titleDe')}</label>
              <input id={`${id}-de`} type="text" value={draft.title.de} onChange={(e) => edit((d) => void (d.title = { ...d.title, de: e.target.value, ...(d.title['de-CH'] !== undefined ? { 'de-CH': e.target.value.replaceAll('ß', 'ss') } : {}) }))} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-en`}>{t('cl.editor.titleEn')}</label>
              <input id={`${id}-en`} type="text" value={draft.title.en} onChange={(e) => edit((d) => void (d.title = { ...d.title, en: e.target.value }))} />
            </div>
          </div>
          <fieldset className="field">
            <legend>{t('cl.editor.targets')}</legend>
            <div className="cl-inline">
              {TargetType.options.map((ty) => (
                <label key={ty} className="check">
                  <input
                    type="checkbox"
                    checked={draft.targets.includes(ty)}
                    onChange={(e) => edit((d) => void (d.targets = e.target.checked ? [...d.targets, ty] : d.targets.filter((x) => x !== ty)))}
                  />
                  {t(`cl.target.${ty}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        {draft.sections.map((section, s) => (
          <fieldset key={s} className="card cl-editor-section">
            <legend>{t('cl.editor.section', { n: s + 1 })}</legend>
            <div className="field">
              <label htmlFor={`${id}-s${s}`}>{t('cl.editor.sectionTitle', { n: s + 1 })}</label>
              <input id={`${id}-s${s}`} type="text" value={section.title[lang]} onChange={(e) => edit((d) => void (d.sections[s].title = setLabel(d.sections[s].title, lang, e.target.value)))} />
            </div>
            {section.questions.map((q, i) => (
              <QuestionEditor
                key={i}
                base={`${id}-s${s}q${i}`}
                n={i + 1}
                lang={lang}
                question={q}
                onChange={(change) => edit((d) => change(d.sections[s].questions[i]))}
                onRemove={section.questions.length > 1 ? () => edit((d) => void d.sections[s].questions.splice(i, 1)) : undefined}
              />
            ))}
            <div className="actions">
              <button
                type="button"
                onClick={() =>
                  edit((d) => {
                    const ids = new Set(d.sections.flatMap((x) => x.questions.map((qq) => qq.id)))
                    let n = ids.size + 1
                    while (ids.has(`Q${n}`)) n++
                    d.sections[s].questions.push({ id: `Q${n}`, label: { de: '', en: '' }, refs: [], answer: { type: 'rating' } })
                  })
                }
              >
                {t('cl.editor.addQuestion')}
              </button>
              {draft.sections.length > 1 ? (
                <button type="button" className="button-quiet" onClick={() => edit((d) => void d.sections.splice(s, 1))}>
                  {t('cl.editor.removeSection', { n: s + 1 })}
                </button>
              ) : null}
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              edit((d) => {
                const ids = new Set(d.sections.map((x) => x.id))
                let n = d.sections.length + 1
                while (ids.has(`S${n}`)) n++
                const qids = new Set(d.sections.flatMap((x) => x.questions.map((qq) => qq.id)))
                let m = qids.size + 1
                while (qids.has(`Q${m}`)) m++
                d.sections.push({ id: `S${n}`, title: { de: '', en: '' }, refs: [], questions: [{ id: `Q${m}`, label: { de: '', en: '' }, refs: [], answer: { type: 'rating' } }] })
              })
            }
          >
            {t('cl.editor.addSection')}
          </button>
        </div>
        <ErrorWithIssues error={error} prefix={error && error.issues.length > 0 ? t('cl.editor.invalid') : undefined} />
        <div className="actions cl-editor-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('cl.save')}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {t('cl.cancel')}
          </button>
        </div>
      </form>
    </>
  )
}

function QuestionEditor({
  base,
  n,
  lang,
  question,
  onChange,
  onRemove
}: {
  base: string
  n: number
  lang: 'de' | 'en'
  question: QuestionDraft
  onChange: (change: (q: QuestionDraft) => void) => void
  onRemove?: () => void
}): ReactNode {
  const { t } = useI18n()
  const type = question.answer.type
  const types = type === 'auto' ? [...editableTypes, 'auto' as const] : editableTypes
  const options = question.answer.type === 'choice' ? question.answer.options : []
  return (
    <fieldset className="cl-editor-question">
      <legend>
        {t('cl.editor.question', { n })} <span className="mono muted">{question.id}</span>
      </legend>
      <div className="field">
        <label htmlFor={`${base}-label`}>{t('cl.editor.questionText')}</label>
        <textarea id={`${base}-label`} rows={2} value={question.label[lang]} onChange={(e) => onChange((q) => void (q.label = setLabel(q.label, lang, e.target.value)))} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-help`}>{t('cl.editor.questionHelp')}</label>
        <textarea
          id={`${base}-help`}
          rows={1}
          value={question.help?.[lang] ?? ''}
          onChange={(e) =>
            onChange((q) => {
              if (e.target.value === '') delete q.help
              else q.help = setLabel(q.help, lang, e.target.value)
            })
          }
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${base}-type`}>{t('cl.editor.questionType')}</label>
          <select id={`${base}-type`} value={type} onChange={(e) => onChange((q) => void (q.answer = specFor(e.target.value as AnswerType, q.answer)))}>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {t(`cl.type.${ty}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-weight`}>{t('cl.editor.weight')}</label>
          <input id={`${base}-weight`} type="number" min={0} max={10} step={0.5} value={question.weight ?? 1} onChange={(e) => onChange((q) => void (q.weight = Number(e.target.value)))} />
        </div>
        <label className="check cl-check-inline">
          <input type="checkbox" checked={question.required ?? true} onChange={(e) => onChange((q) => void (q.required = e.target.checked))} />
          {t('cl.editor.required')}
        </label>
      </div>
      {type === 'choice' ? (
        <div className="field">
          <label htmlFor={`${base}-options`}>{t('cl.editor.options')}</label>
          <textarea
            id={`${base}-options`}
            rows={3}
            defaultValue={options.map((o) => o.label[lang]).join('\n')}
            onBlur={(e) =>
              onChange((q) => {
                if (q.answer.type !== 'choice') return
                const lines = e.target.value.split('\n').map((l) => l.trim()).filter(Boolean)
                q.answer = { ...q.answer, options: lines.map((l, i) => ({ value: slug(l, i), label: { de: l, en: l } })) } as Extract<AnswerSpec, { type: 'choice' }>
              })
            }
          />
        </div>
      ) : null}
      {onRemove ? (
        <button type="button" className="button-quiet" onClick={onRemove}>
          {t('cl.editor.removeQuestion', { n })}
        </button>
      ) : null}
    </fieldset>
  )
}
