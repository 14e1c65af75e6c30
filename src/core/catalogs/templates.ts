import { label, legalBasis, type Catalogs } from '.'
import { DomainError } from '../../shared/errors'
import type { Locale } from '../../shared/i18n/types'
import type { Regime } from '../../shared/model'
import { createEntity, findByName, type Actor, type Db, type EntityDoc } from '../workspace'
import { addFromCatalog } from './workspace-catalog'

const inRegimes = (entry: readonly Regime[], regimes: readonly Regime[]): boolean => entry.some((r) => regimes.includes(r))

/**
 * A new draft activity from a template, in the workspace's language and regimes. Linked
 * categories, data subjects and TOMs are reused when the workspace has them and taken from the
 * catalog when it does not; recipients are matched by name. One transaction (the caller's).
 */
export function activityFromTemplate(db: Db, actor: Actor, catalogs: Catalogs, key: string, regimes: readonly Regime[], locale: Locale): EntityDoc {
  const template = catalogs.activityTemplates.find((t) => t.key === key)
  if (!template) throw new DomainError('NOT_FOUND', { id: key })
  const recipientIds = template.recipients.map((r) => {
    const name = label(r.label, locale)
    return (findByName(db, 'recipients', name) ?? createEntity(db, actor, 'recipients', { name, kind: r.kind, dpaStatus: r.kind === 'processor' ? 'missing' : 'not_required' })).id
  })
  const categoryId = (k: string): string => addFromCatalog(db, actor, catalogs, 'dataCategories', k, locale)
  return createEntity(db, actor, 'activities', {
    name: label(template, locale),
    description: label(template.description, locale),
    purposes: template.purposes.map((p) => label(p, locale)),
    legalBases: template.legalBases.filter((code) => inRegimes(legalBasis(code)?.regimes ?? [], regimes)),
    dataSubjectIds: template.dataSubjects.map((k) => addFromCatalog(db, actor, catalogs, 'dataSubjects', k, locale)),
    dataCategoryIds: template.dataCategories.map(categoryId),
    recipientIds,
    retention: template.retention
      .filter((r) => inRegimes(r.regimes, regimes))
      .map((r) => ({
        dataCategoryId: r.dataCategory ? categoryId(r.dataCategory) : null,
        period: r.period ? { ...r.period } : null,
        criteria: label(r.criteria, locale),
        startEvent: label(r.startEvent, locale),
        deletionProcedure: '',
        legalReference: r.legalReference
      })),
    tomIds: template.toms.map((k) => addFromCatalog(db, actor, catalogs, 'toms', k, locale)),
    regimes: template.regimes.filter((r) => regimes.includes(r)),
    dpia: { wp248: [...template.dpiaHints], art35_3: [], dsg22: [], result: null, justification: '', screenedAt: null },
    status: 'draft'
  })
}
