import type { RopaDepth, RopaField, RopaKind } from '../../shared/exports'
import type { Regime } from '../../shared/model'
import { vocabulary, type WordKey } from './vocabulary'
import type { Words } from './words'

/**
 * The fields of each kind of record, in the order of the law (GDPR Art. 30(1) a–g, Art. 30(2) a–d,
 * DSG Art. 12 Abs. 2 lit. a–g, Abs. 3), then the internal fields. Every format prints the entries
 * of a record in this one order. `key` is the property of the JSON entry that holds the value.
 */
export type EntryKey =
  | 'jointControllers'
  | 'purposes'
  | 'dataSubjectCategories'
  | 'dataCategories'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'securityMeasures'
  | 'controllers'
  | 'processingCategories'
  | 'description'
  | 'role'
  | 'legalBases'
  | 'legalBasisNotes'
  | 'systems'
  | 'toms'
  | 'subProcessors'
  | 'dpia'
  | 'owner'
  | 'status'
  | 'approval'
  | 'reviewDate'
  | 'regimes'
  | 'notes'
  | 'lastChange'

/** A legal reference in German and English: GDPR "Art. 30 Abs. 1 lit. b DSGVO" / "Art. 30(1)(b) GDPR". */
interface Ref {
  readonly de: string
  readonly en: string
}
const gdpr = (para: number, lit: string, extra?: { de: string; en: string }): Ref => ({
  de: `Art. 30 Abs. ${para} lit. ${lit}${extra ? `, ${extra.de}` : ''} DSGVO`,
  en: `Art. 30(${para})(${lit})${extra ? `, ${extra.en}` : ''} GDPR`
})
const dsg = (para: number, lit?: string): Ref => ({
  de: `Art. 12 Abs. ${para}${lit ? ` lit. ${lit}` : ''} DSG`,
  en: `Art. 12 para. ${para}${lit ? ` let. ${lit}` : ''} FADP`
})
const dsg3 = (lit: string): Ref => ({ de: `Art. 12 Abs. 3 i. V. m. Abs. 2 lit. ${lit} DSG`, en: `Art. 12 para. 3 with para. 2 let. ${lit} FADP` })
const noRef: Ref = { de: '', en: '' }

interface FieldSpec {
  readonly key: EntryKey
  readonly ref: Ref
  readonly internal?: boolean
}

const f = (key: EntryKey, ref: Ref = noRef, internal = false): FieldSpec => ({ key, ref, internal })
const i = (key: EntryKey, ref: Ref = noRef): FieldSpec => f(key, ref, true)

const internalController: readonly FieldSpec[] = [
  i('role'),
  i('legalBases', { de: 'Art. 5 Abs. 2, Art. 6, 9, 10 DSGVO', en: 'Art. 5(2), 6, 9, 10 GDPR' }),
  i('legalBasisNotes'),
  i('systems'),
  i('toms'),
  i('dpia', { de: 'Art. 35 DSGVO', en: 'Art. 35 GDPR' }),
  i('owner'),
  i('status'),
  i('approval'),
  i('reviewDate'),
  i('regimes'),
  i('notes'),
  i('lastChange')
]
const internalControllerDsg: readonly FieldSpec[] = internalController.map((s) =>
  s.key === 'legalBases' ? i('legalBases', { de: 'Art. 30, 31 DSG', en: 'Art. 30, 31 FADP' }) : s.key === 'dpia' ? i('dpia', { de: 'Art. 22 DSG', en: 'Art. 22 FADP' }) : s
)
const internalProcessor: readonly FieldSpec[] = [i('subProcessors'), i('systems'), i('toms'), i('owner'), i('status'), i('reviewDate'), i('notes'), i('lastChange')]

const specs: Record<RopaKind, readonly FieldSpec[]> = {
  'gdpr-controller': [
    i('description'),
    f('jointControllers', gdpr(1, 'a', { de: 'Art. 26', en: 'Art. 26' })),
    f('purposes', gdpr(1, 'b')),
    f('dataSubjectCategories', gdpr(1, 'c')),
    f('dataCategories', gdpr(1, 'c')),
    f('recipients', gdpr(1, 'd')),
    f('transfers', gdpr(1, 'e')),
    f('retention', gdpr(1, 'f')),
    f('securityMeasures', gdpr(1, 'g', { de: 'Art. 32 Abs. 1', en: 'Art. 32(1)' })),
    ...internalController
  ],
  'gdpr-processor': [
    i('description'),
    f('controllers', gdpr(2, 'a')),
    f('processingCategories', gdpr(2, 'b')),
    f('transfers', gdpr(2, 'c')),
    f('securityMeasures', gdpr(2, 'd', { de: 'Art. 32 Abs. 1', en: 'Art. 32(1)' })),
    ...internalProcessor
  ],
  revdsg: [
    i('description'),
    f('purposes', dsg(2, 'b')),
    f('dataSubjectCategories', dsg(2, 'c')),
    f('dataCategories', dsg(2, 'c')),
    f('recipients', dsg(2, 'd')),
    f('retention', dsg(2, 'e')),
    f('securityMeasures', dsg(2, 'f')),
    f('transfers', dsg(2, 'g')),
    i('jointControllers'),
    ...internalControllerDsg
  ],
  'revdsg-processor': [
    i('description'),
    f('controllers', dsg(3)),
    f('processingCategories', dsg(3)),
    f('securityMeasures', dsg3('f')),
    f('transfers', dsg3('g')),
    ...internalProcessor
  ]
}

export const regimeOf = (kind: RopaKind): Regime => (kind.startsWith('gdpr') ? 'gdpr' : 'revdsg')
export const roleOf = (kind: RopaKind): 'controller' | 'processor' => (kind.endsWith('processor') ? 'processor' : 'controller')

/** The label of a field: the Swiss terms in the revDSG record, in English too ("disclosure abroad"). */
export function fieldLabel(key: EntryKey | 'name' | 'ref' | 'archived', words: Words, regime: Regime): string {
  const base = `field.${key}` as WordKey
  const swissEnglish = `${base}.revdsg.en`
  if (regime === 'revdsg' && words.locale === 'en' && swissEnglish in vocabulary) return words.t(swissEnglish as WordKey)
  return words.t(base)
}

/** The fields of a record at a depth, labelled in the document's language. */
export function ropaFields(kind: RopaKind, depth: RopaDepth, words: Words): Array<RopaField & { key: EntryKey }> {
  const regime = regimeOf(kind)
  return specs[kind]
    .filter((s) => depth === 'internal' || !s.internal)
    .map((s) => ({ key: s.key, label: fieldLabel(s.key, words, regime), ref: words.lang === 'en' ? s.ref.en : s.ref.de }))
}
