import { registries } from '../../../shared/model/registry'
import { BOTH, rule, type Rule } from '../types'

type Doc = Record<string, unknown>

/** Every linked id of an entity with the exact field path: "tomIds.2", "vendorId", "transfers.1.recipientId". */
function* linkedIds(kind: 'activities' | 'processorActivities' | 'systems', entity: Doc): Generator<{ field: string; id: string }> {
  for (const { path } of registries[kind].links) {
    const [list, inner] = path.split('[].')
    const value = entity[list]
    if (inner !== undefined) {
      if (Array.isArray(value)) for (const [i, item] of value.entries()) {
        const id = (item as Doc | null)?.[inner]
        if (typeof id === 'string') yield { field: `${list}.${i}.${inner}`, id }
      }
    } else if (Array.isArray(value)) {
      for (const [i, id] of value.entries()) if (typeof id === 'string') yield { field: `${list}.${i}`, id }
    } else if (typeof value === 'string') yield { field: list, id: value }
  }
}

/** Links from current entries to archived ones: the record would cite something no longer in use. */
export const linkRules: readonly Rule[] = [
  rule({
    id: 'link.archived',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 5(2), Art. 30(1)', revdsg: 'DSG Art. 12 Abs. 2' },
    entityKinds: ['activities', 'processorActivities', 'systems'],
    field: 'recipientIds.0',
    title: 'check.link.archived.title',
    message: 'check.link.archived',
    check(s, report) {
      if (s.archived.size === 0) return
      for (const kind of ['activities', 'processorActivities', 'systems'] as const) {
        for (const entity of s.active[kind]) {
          for (const { field, id } of linkedIds(kind, entity as unknown as Doc)) {
            if (!s.archived.has(id)) continue
            const target = s.byId.get(id)
            if (target) report({ kind, entity, field, params: { target: target.entity.name, targetRef: target.entity.ref } })
          }
        }
      }
    }
  })
]
