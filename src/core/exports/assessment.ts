import type { Answer, AnswerValue, AssessmentDetail, Question } from '../../shared/checklists'
import type { ExportResult } from '../../shared/exports'
import type { Language } from '../../shared/model'
import { catalogs } from '../catalogs'
import { LiveEvaluator, dayOf, detailOf, stateOf } from '../checklists/service'
import type { Context } from '../context'
import { getAssessment } from '../workspace/assessments'
import { collect, type Snapshot } from './collect'
import { fileNameOf } from './files'
import type { ExportDocument, Section } from './model'
import { exportIds, finishExport, generator, renderOffloaded, type ExportControl } from './run'
import { words, type Words } from './words'

export interface AssessmentRequest {
  readonly id: string
  readonly format: 'pdf' | 'docx'
  readonly lang: Language
}

/** An answer as the report prints it: the rating or option label, the text, the date. */
export function answerLabel(question: Question, value: AnswerValue | null | undefined, w: Words): string {
  if (value === null || value === undefined) return w.t('assessment.unanswered')
  const spec = question.answer
  if (typeof value === 'object' && !Array.isArray(value)) {
    if ('rows' in value) return w.t('reviewList.value', { count: w.number(value.rows.length) })
    return w.t(`auto.${value.result}`)
  }
  switch (spec.type) {
    case 'rating':
      return typeof value === 'string' ? w.t(`rating.${value as 'yes' | 'partly' | 'no' | 'not_applicable'}`) : String(value)
    case 'choice': {
      const of = (v: string): string => {
        const option = spec.options.find((o) => o.value === v)
        return option ? w.label(option) : v
      }
      return Array.isArray(value) ? value.map(of).join(', ') : of(value)
    }
    case 'date':
      return typeof value === 'string' ? w.date(value) : String(value)
    default:
      return Array.isArray(value) ? value.join(', ') : value
  }
}

/**
 * The report of one assessment: a summary (progress, score, completion), the questions of each
 * section with their answers and comments, the findings and their remediation actions.
 */
export function assessmentDocument(snapshot: Snapshot, a: AssessmentDetail, w: Words, ids: { documentId: string; generatedAt: string; author: string }): ExportDocument {
  const org = snapshot.organisation
  const title = w.label(a.template.title)
  const answers = new Map<string, Answer>(a.answers.map((x) => [x.questionId, x]))
  const applicable = new Map(a.questions.map((q) => [q.questionId, q.applicable]))
  const score = a.score.value === null ? w.t('assessment.noScore') : `${w.number(Math.round(a.score.value * 1000) / 10)} %`
  const target = a.target.type === 'organisation' ? org.name : [a.targetRef, a.targetName].filter(Boolean).join(' ')
  const sections: Section[] = [
    {
      id: 'summary',
      level: 1,
      title: w.t('assessment.summary'),
      newPage: false,
      blocks: [
        {
          type: 'fields',
          rows: [
            { label: w.t('assessment.progress'), value: w.t('assessment.progressValue', { answered: w.number(a.progress.answered), total: w.number(a.progress.total) }) },
            { label: w.t('assessment.score'), value: score },
            { label: w.t('assessment.completedAt'), value: a.completedAt ? w.date(a.completedAt) : w.t('assessment.notCompleted') }
          ]
        }
      ]
    }
  ]
  const columns = [
    { header: w.t('col.questionId'), width: 0.8 },
    { header: w.t('col.question'), width: 5 },
    { header: w.t('col.answer'), width: 1.8 },
    { header: w.t('col.comment'), width: 3 }
  ]
  a.template.sections.forEach((s) => {
    const questions = s.questions.filter((q) => applicable.get(q.id) !== false)
    if (!questions.length) return
    sections.push({
      id: `section-${s.id}`,
      level: 1,
      title: `${s.id}. ${w.label(s.title)}`,
      newPage: false,
      blocks: [
        {
          type: 'table',
          columns,
          rows: questions.map((q) => {
            const answer = answers.get(q.id)
            return [q.id, w.label(q), answerLabel(q, answer?.value, w), answer?.comment ?? '']
          })
        }
      ]
    })
  })
  const findingTitle = new Map(a.findings.map((f) => [f.id, f.title]))
  sections.push({
    id: 'findings',
    level: 1,
    title: w.t('assessment.findings'),
    newPage: false,
    blocks: [
      a.findings.length
        ? {
            type: 'table',
            columns: [
              { header: w.t('col.severity'), width: 1.2 },
              { header: w.t('col.title'), width: 3 },
              { header: w.t('col.description'), width: 5 }
            ],
            rows: a.findings.map((f) => [w.t(`severity.${f.severity}`), f.title, f.description])
          }
        : { type: 'paragraph', text: w.t('assessment.noFindings') }
    ]
  })
  sections.push({
    id: 'actions',
    level: 1,
    title: w.t('assessment.actions'),
    newPage: false,
    blocks: [
      a.actions.length
        ? {
            type: 'table',
            columns: [
              { header: w.t('col.finding'), width: 2.5 },
              { header: w.t('col.remediation'), width: 3 },
              { header: w.t('col.owner'), width: 1.8 },
              { header: w.t('col.due'), width: 1.4 },
              { header: w.t('col.status'), width: 1.3 }
            ],
            rows: a.actions.map((x) => [findingTitle.get(x.findingId) ?? '', x.title, x.owner, w.date(x.dueDate), w.t(`actionStatus.${x.status}`)])
          }
        : { type: 'paragraph', text: w.t('assessment.noActions') }
    ]
  })
  return {
    meta: {
      lang: w.lang,
      locale: w.locale,
      title: w.t('title.assessment'),
      subtitle: title,
      edition: a.title,
      confidential: null,
      organisation: org.name,
      documentId: ids.documentId,
      cover: [
        [w.t('cover.organisation'), org.name],
        [w.t('cover.document'), title],
        [w.t('assessment.target'), target],
        [w.t('assessment.status'), w.t(`assessmentStatus.${a.status}`)],
        [w.t('assessment.assignee'), a.assignee],
        [w.t('assessment.dueDate'), w.date(a.dueDate)],
        [w.t('cover.documentId'), ids.documentId],
        [w.t('cover.revision'), w.t('cover.revisionValue', { seq: snapshot.head.seq })],
        [w.t('cover.date'), w.dateTime(ids.generatedAt)],
        [w.t('cover.createdBy'), ids.author],
        [w.t('cover.auditHead'), snapshot.head.head],
        [w.t('cover.generator'), `${generator.name} ${generator.version} · ${w.t('cover.catalog')} ${catalogs.catalogVersion}`]
      ],
      coverNote: w.t('cover.integrity'),
      labels: { contents: w.t('toc'), page: w.t('footer.page'), continued: w.t('continued') },
      properties: { author: org.name, subject: `${w.t('title.assessment')} – ${title}`, keywords: `${ids.documentId} ${a.ref} ${snapshot.head.head}` }
    },
    sections
  }
}

/** exports.assessment */
export async function exportAssessment(ctx: Context, request: AssessmentRequest, control: ExportControl = {}): Promise<ExportResult> {
  const { onProgress } = control
  const owner = ctx.session.require()
  onProgress?.({ phase: 'collect', done: 0, total: 1 })
  // The same view as assessments.get.
  const { snapshot, detail } = ctx.session.read((db) => ({
    detail: detailOf(db, stateOf(db, getAssessment(db, request.id), new LiveEvaluator(db, dayOf(undefined)))),
    snapshot: collect(db)
  }))
  onProgress?.({ phase: 'collect', done: 1, total: 1 })
  const { exportId, at, documentId } = exportIds('assessment')
  const w = words(request.lang, { regime: null, swissOrg: snapshot.swiss })
  const document = assessmentDocument(snapshot, detail, w, { documentId, generatedAt: at.toISOString(), author: ctx.actor().author })
  const bytes = await renderOffloaded(ctx, owner, document, request.format, control)
  return finishExport(
    ctx,
    bytes,
    {
      id: exportId,
      at: at.toISOString(),
      what: 'assessment',
      format: request.format,
      lang: request.lang,
      regime: null,
      depth: null,
      scope: { assessmentId: detail.id, ref: detail.ref, templateKey: detail.templateKey },
      auditHead: snapshot.head.head
    },
    fileNameOf('assessment', request.lang, snapshot.organisation.name, at, request.format, detail.ref),
    onProgress
  )
}
