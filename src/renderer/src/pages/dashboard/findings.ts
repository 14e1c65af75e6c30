import type { Finding } from '../../../../shared/checks'
import { registryKinds, type RegistryKind } from '../../../../shared/model'
import { pathLabel } from '../../components/form/labels'
import { hrefOf } from '../../hooks/useRoute'
import { keyText } from '../../i18n/format'
import type { Translate } from '../../i18n/I18nContext'

/** The detail page reads (and removes) this key and focuses the field it names. */
export const FOCUS_FIELD_KEY = 'dpo.focusField'

const isRegistryKind = (kind: string): kind is RegistryKind => (registryKinds as readonly string[]).includes(kind)

/** Where a finding is fixed: the entity's detail page, or the organisation page. */
export function findingHref(f: Pick<Finding, 'entityKind' | 'entityId'>): string {
  return isRegistryKind(f.entityKind) ? hrefOf(f.entityKind, f.entityId) : hrefOf('organisation')
}

/** Remembers the field to focus once the detail page is open (set just before the link is followed). */
export function rememberField(field: string): void {
  try {
    sessionStorage.setItem(FOCUS_FIELD_KEY, field)
  } catch {
    // Storage refused (private mode): the link still opens the page.
  }
}

export const ruleTitle = (t: Translate, ruleId: string): string => keyText(t, `check.${ruleId}.title`, ruleId)

export const fieldText = (t: Translate, f: Pick<Finding, 'entityKind' | 'field'>): string => pathLabel(t, f.entityKind, f.field)

/** Findings per rule, most severe rules first, then the most frequent. */
export const severityOrder = { error: 0, warning: 1, info: 2 } as const

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.entityRef.localeCompare(b.entityRef, undefined, { numeric: true })
  )
}

/**
 * Focuses the element whose name or id ends with the field path ("transfers.0.mechanism" is
 * "f-transfers-0-mechanism" as an id), or the nearest enclosing field that exists.
 */
export function focusFieldPath(path: string): boolean {
  const segments = path.split('.')
  while (segments.length > 0) {
    const dotted = segments.join('.')
    const dashed = dotted.replace(/[^A-Za-z0-9_-]/g, '-')
    const el =
      document.getElementById(`f-${dashed}`) ?? document.querySelector<HTMLElement>(`[name$="${CSS.escape(dotted)}"], [id$="-${CSS.escape(dashed)}"]`)
    if (el) {
      el.focus()
      el.scrollIntoView({ block: 'center' })
      return true
    }
    segments.pop()
  }
  return false
}
