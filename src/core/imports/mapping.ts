import type { ImportField, ImportMapping } from '../../shared/imports'

/** Lower case, umlauts spelt out, everything but letters and digits dropped: "Löschfrist:" → "loeschfrist". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
}

/** Header names of common German and English record templates (normalised), per field. */
const synonyms: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  ref: ['nr', 'nummer', 'lfdnr', 'referenz', 'reference', 'ref', 'id', 'vtnr', 'kennung', 'no'],
  name: [
    'bezeichnungderverarbeitungstaetigkeit',
    'bezeichnungderbearbeitungstaetigkeit',
    'verarbeitungstaetigkeit',
    'bearbeitungstaetigkeit',
    'bezeichnung',
    'nameofprocessingactivity',
    'nameoftheprocessingactivity',
    'processingactivity',
    'name',
    'activity',
    'taetigkeit',
    'titel',
    'title'
  ],
  description: ['beschreibung', 'description', 'kurzbeschreibung'],
  purposes: ['zweckderverarbeitung', 'zweckderbearbeitung', 'zweckedererarbeitung', 'zwecke', 'zweck', 'purposes', 'purpose', 'purposesoftheprocessing', 'purposeofprocessing'],
  legalBases: ['rechtsgrundlage', 'rechtsgrundlagen', 'rechtsgrundlagederverarbeitung', 'legalbasis', 'legalbases', 'lawfulbasis', 'rechtfertigungsgrund'],
  legalBasisNotes: ['anmerkungenzurrechtsgrundlage', 'legalbasisnotes'],
  dataSubjects: ['kategorienbetroffenerpersonen', 'betroffenepersonen', 'betroffenenkategorien', 'betroffene', 'datasubjects', 'categoriesofdatasubjects', 'datasubjectcategories'],
  dataCategories: [
    'kategorienpersonenbezogenerdaten',
    'kategorienvonpersonendaten',
    'datenkategorien',
    'personenbezogenedaten',
    'categoriesofpersonaldata',
    'personaldatacategories',
    'datacategories',
    'personaldata'
  ],
  recipients: ['kategorienvonempfaengern', 'empfaengerkategorien', 'empfaenger', 'categoriesofrecipients', 'recipients', 'recipient'],
  transfers: [
    'drittlanduebermittlung',
    'drittlanduebermittlungen',
    'uebermittlungindrittlaender',
    'bekanntgabeinsausland',
    'thirdcountrytransfers',
    'thirdcountrytransfer',
    'transferstothirdcountries',
    'drittland',
    'thirdcountry',
    'transfers'
  ],
  retention: ['loeschfrist', 'loeschfristen', 'aufbewahrungsfrist', 'aufbewahrungsfristen', 'aufbewahrung', 'speicherdauer', 'retention', 'retentionperiod', 'erasure', 'erasuretimelimits', 'timelimitsforerasure'],
  tomSummary: ['tom', 'toms', 'technischeundorganisatorischemassnahmen', 'massnahmen', 'datensicherheit', 'securitymeasures', 'technicalandorganisationalmeasures', 'technicalandorganizationalmeasures'],
  toms: [],
  systems: ['systeme', 'itsysteme', 'anwendungen', 'software', 'systems', 'applications', 'system'],
  owner: ['verantwortlich', 'verantwortlicher', 'verantwortlicherbereich', 'owner', 'responsible', 'fachbereich', 'abteilung', 'department', 'zustaendig'],
  status: ['status', 'freigabestatus'],
  reviewDate: ['naechstepruefung', 'pruefdatum', 'wiedervorlage', 'reviewdate', 'nextreview'],
  jointControllers: ['gemeinsamverantwortliche', 'gemeinsamverantwortlicher', 'jointcontrollers', 'jointcontroller'],
  notes: ['bemerkungen', 'bemerkung', 'anmerkungen', 'kommentar', 'hinweise', 'notes', 'comments', 'remarks']
}

/** Fields several columns may feed; all others take one column. */
const multi = new Set<ImportField>(['notes'])
/** Where a second column of a taken field goes instead. */
const fallback: Partial<Record<ImportField, ImportField>> = { owner: 'notes', description: 'notes', tomSummary: 'notes' }

function score(header: string, synonym: string): number {
  if (header === synonym) return 100
  if (synonym.length < 5) return 0
  if (header.startsWith(synonym)) return 70 + synonym.length / 10
  if (header.includes(synonym)) return 60 + synonym.length / 10
  return 0
}

/** A suggested field per header: exact names first, then fuzzy "contains" matches; each field once. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const candidates: Array<{ column: number; field: ImportField; score: number }> = []
  headers.forEach((h, column) => {
    const n = normalise(h)
    if (!n) return
    for (const [field, list] of Object.entries(synonyms) as Array<[ImportField, string[]]>) {
      const best = Math.max(0, ...list.map((s) => score(n, s)))
      if (best > 0) candidates.push({ column, field, score: best })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const byColumn = new Map<number, ImportField>()
  const taken = new Set<ImportField>()
  for (const c of candidates) {
    if (byColumn.has(c.column)) continue
    let field = c.field
    if (taken.has(field) && !multi.has(field)) {
      const alt = fallback[field]
      if (!alt || (taken.has(alt) && !multi.has(alt))) continue
      field = alt
    }
    byColumn.set(c.column, field)
    taken.add(field)
  }
  const mapping: ImportMapping = {}
  headers.forEach((h, i) => (mapping[h] = byColumn.get(i) ?? 'ignore'))
  return mapping
}
