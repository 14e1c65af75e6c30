import { z } from 'zod'
import { ChecklistTemplate, isUserTemplateKey, type ChecklistTemplate as Template } from '../../shared/checklists'
import accessReview from './templates/access-review.json'
import customerPortal from './templates/customer-portal.json'
import dpiaScreening from './templates/dpia-screening.json'
import recordCompleteness from './templates/record-completeness.json'
import revdsgReadiness from './templates/revdsg-readiness.json'
import tomAudit from './templates/tom-audit.json'

/**
 * Validates the shipped templates and freezes them. They are part of the build: a broken file
 * must fail loudly, with every problem listed, and a shipped key must never look like a user key.
 */
export function loadShippedTemplates(raw: readonly unknown[]): readonly Template[] {
  const out: Template[] = []
  for (const file of raw) {
    const parsed = ChecklistTemplate.safeParse(file)
    if (!parsed.success) throw new Error(`A shipped checklist template is invalid:\n${z.prettifyError(parsed.error)}`)
    if (isUserTemplateKey(parsed.data.key)) throw new Error(`A shipped checklist template uses the user prefix: ${parsed.data.key}`)
    if (out.some((t) => t.key === parsed.data.key)) throw new Error(`Two shipped checklist templates share the key ${parsed.data.key}`)
    out.push(deepFreeze(parsed.data))
  }
  return Object.freeze(out)
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** The templates of this release, in the order the app offers them. */
export const shippedTemplates: readonly Template[] = loadShippedTemplates([customerPortal, dpiaScreening, tomAudit, accessReview, revdsgReadiness, recordCompleteness])

const byKey = new Map(shippedTemplates.map((t) => [t.key, t]))

export function shippedTemplate(key: string): Template | undefined {
  return byKey.get(key)
}

/** Every question of a template with its section, in order. */
export function questionsOf(template: Template): Array<{ sectionId: string; section: Template['sections'][number]; question: Template['sections'][number]['questions'][number] }> {
  return template.sections.flatMap((section) => section.questions.map((question) => ({ sectionId: section.id, section, question })))
}
