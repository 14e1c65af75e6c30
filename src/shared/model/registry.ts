import { z } from 'zod'
import { Activity, ActivityInput } from './activity'
import { DataCategory, DataCategoryInput } from './data-category'
import { DataSubject, DataSubjectInput } from './data-subject'
import { ProcessorActivity, ProcessorActivityInput } from './processor-activity'
import { Recipient, RecipientInput } from './recipient'
import { System, SystemInput } from './system'
import { Tom, TomInput } from './tom'

/**
 * A link from one entity to another, named by where its id sits in the input:
 * "dataCategoryIds" (an array of ids), "vendorId" (one id) or "transfers[].recipientId" (inside a list).
 */
export interface LinkSpec {
  readonly path: string
  readonly target: RegistryKind
}

/** The registries, in the order the app shows them. */
export const registryKinds = ['activities', 'processorActivities', 'dataCategories', 'dataSubjects', 'recipients', 'systems', 'toms'] as const
export type RegistryKind = (typeof registryKinds)[number]
export const RegistryKindSchema = z.enum(registryKinds)

/** A field a list can be filtered by; "array" fields match when any element is selected. */
export interface FilterSpec {
  readonly field: string
  readonly shape: 'scalar' | 'array' | 'boolean'
}

interface RegistrySpec {
  readonly input: z.ZodObject
  readonly entity: z.ZodObject
  /** Prefix of the human reference, e.g. "VT-0001" (Verarbeitungstätigkeit). */
  readonly refPrefix: string
  readonly links: readonly LinkSpec[]
  readonly filters: readonly FilterSpec[]
  readonly sortable: readonly string[]
  /** Text fields that feed full-text search besides the name. */
  readonly searchable: readonly string[]
}

const spec = <T extends RegistrySpec>(s: T): T => s

export const registries = {
  activities: spec({
    input: ActivityInput,
    entity: Activity,
    refPrefix: 'VT',
    links: [
      { path: 'dataSubjectIds', target: 'dataSubjects' },
      { path: 'dataCategoryIds', target: 'dataCategories' },
      { path: 'recipientIds', target: 'recipients' },
      { path: 'systemIds', target: 'systems' },
      { path: 'tomIds', target: 'toms' },
      { path: 'transfers[].recipientId', target: 'recipients' },
      { path: 'retention[].dataCategoryId', target: 'dataCategories' }
    ],
    filters: [
      { field: 'status', shape: 'scalar' },
      { field: 'role', shape: 'scalar' },
      { field: 'owner', shape: 'scalar' },
      { field: 'legalBases', shape: 'array' },
      { field: 'regimes', shape: 'array' },
      { field: 'dpia.result', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'status', 'owner', 'reviewDate', 'updatedAt'],
    searchable: ['description', 'purposes', 'owner', 'notes', 'legalBasisNotes', 'tomSummary']
  }),
  processorActivities: spec({
    input: ProcessorActivityInput,
    entity: ProcessorActivity,
    refPrefix: 'AV',
    links: [
      { path: 'subProcessorIds', target: 'recipients' },
      { path: 'systemIds', target: 'systems' },
      { path: 'tomIds', target: 'toms' },
      { path: 'transfers[].recipientId', target: 'recipients' }
    ],
    filters: [
      { field: 'status', shape: 'scalar' },
      { field: 'owner', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'status', 'owner', 'reviewDate', 'updatedAt'],
    searchable: ['description', 'processingCategories', 'owner', 'notes']
  }),
  dataCategories: spec({
    input: DataCategoryInput,
    entity: DataCategory,
    refPrefix: 'DK',
    links: [],
    filters: [
      { field: 'gdprSpecial', shape: 'scalar' },
      { field: 'dsgSensitiveClause', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'gdprSpecial', 'updatedAt'],
    searchable: ['description', 'notes']
  }),
  dataSubjects: spec({
    input: DataSubjectInput,
    entity: DataSubject,
    refPrefix: 'BP',
    links: [],
    filters: [{ field: 'vulnerable', shape: 'boolean' }],
    sortable: ['ref', 'name', 'updatedAt'],
    searchable: ['description', 'notes']
  }),
  recipients: spec({
    input: RecipientInput,
    entity: Recipient,
    refPrefix: 'EM',
    links: [],
    filters: [
      { field: 'kind', shape: 'scalar' },
      { field: 'country', shape: 'scalar' },
      { field: 'dpaStatus', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'kind', 'country', 'dpaStatus', 'updatedAt'],
    searchable: ['description', 'notes', 'owner']
  }),
  systems: spec({
    input: SystemInput,
    entity: System,
    refPrefix: 'SY',
    links: [
      { path: 'vendorId', target: 'recipients' },
      { path: 'tomIds', target: 'toms' }
    ],
    filters: [
      { field: 'kind', shape: 'scalar' },
      { field: 'hostingCountry', shape: 'scalar' },
      { field: 'owner', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'kind', 'hostingCountry', 'owner', 'updatedAt'],
    searchable: ['description', 'hostingLocation', 'owner', 'notes']
  }),
  toms: spec({
    input: TomInput,
    entity: Tom,
    refPrefix: 'TOM',
    links: [],
    filters: [
      { field: 'status', shape: 'scalar' },
      { field: 'controlAreas', shape: 'array' },
      { field: 'sdmGoals', shape: 'array' },
      { field: 'art32', shape: 'array' },
      { field: 'owner', shape: 'scalar' }
    ],
    sortable: ['ref', 'name', 'status', 'owner', 'reviewDate', 'updatedAt'],
    searchable: ['description', 'evidence', 'owner', 'notes']
  })
} satisfies { readonly [K in RegistryKind]: RegistrySpec }


export type EntityOf<K extends RegistryKind> = z.infer<(typeof registries)[K]['entity']>
export type InputOf<K extends RegistryKind> = z.input<(typeof registries)[K]['input']>

/** Every id an input links to, with the kind it must be; used for integrity and back-references. */
export function linksOf(kind: RegistryKind, data: Record<string, unknown>): Array<{ path: string; target: RegistryKind; id: string }> {
  const out: Array<{ path: string; target: RegistryKind; id: string }> = []
  for (const link of registries[kind].links) {
    const [listField, inner] = link.path.split('[].')
    const push = (value: unknown): void => {
      if (typeof value === 'string') out.push({ path: link.path, target: link.target, id: value })
    }
    const value = data[listField]
    if (inner !== undefined) {
      if (Array.isArray(value)) for (const item of value) push((item as Record<string, unknown> | null)?.[inner])
    } else if (Array.isArray(value)) value.forEach(push)
    else push(value)
  }
  return out
}
