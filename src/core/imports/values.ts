import type { Regime, RetentionRule, Transfer } from '../../shared/model'
import { catalogs } from '../catalogs'
import { normalise } from './mapping'

/** "Name; E-Mail; Anschrift", also "," "/" and line breaks; bullets dropped; case-insensitive duplicates removed. */
export function splitList(cell: string, separators: RegExp = /[;,/\n\r•]+/): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of cell.split(separators)) {
    const item = part.replace(/^[\s\-–*·]+/, '').trim()
    if (!item || seen.has(item.toLowerCase())) continue
    seen.add(item.toLowerCase())
    out.push(item)
  }
  return out
}

/** Purposes are sentences (commas inside): split on line breaks and semicolons only. */
export const splitPurposes = (cell: string): string[] => splitList(cell, /[;\n\r•]+/)

const NONE = new Set(['', 'keine', 'kein', 'nein', 'no', 'none', 'na', 'nv', 'entfaellt', 'nichtzutreffend', 'notapplicable', 'nichtvorgesehen', 'keineuebermittlung'])
export const saysNone = (cell: string): boolean => NONE.has(normalise(cell))

// ---------------------------------------------------------------------------------------------
// Legal bases

const both = (gdpr: string, dsg: string) => ({ gdpr, revdsg: dsg })
/** Everyday words for the legal bases, per regime; exact (normalised) matches only. */
const keywords: Record<string, { gdpr?: string; revdsg?: string }> = {
  einwilligung: both('gdpr-6-1-a', 'dsg-31-1-consent'),
  consent: both('gdpr-6-1-a', 'dsg-31-1-consent'),
  vertrag: both('gdpr-6-1-b', 'dsg-31-2-a'),
  vertragserfuellung: both('gdpr-6-1-b', 'dsg-31-2-a'),
  contract: both('gdpr-6-1-b', 'dsg-31-2-a'),
  performanceofacontract: both('gdpr-6-1-b', 'dsg-31-2-a'),
  rechtlicheverpflichtung: both('gdpr-6-1-c', 'dsg-31-1-law'),
  gesetzlicheverpflichtung: both('gdpr-6-1-c', 'dsg-31-1-law'),
  gesetzlichepflicht: both('gdpr-6-1-c', 'dsg-31-1-law'),
  legalobligation: both('gdpr-6-1-c', 'dsg-31-1-law'),
  gesetz: both('gdpr-6-1-c', 'dsg-31-1-law'),
  berechtigtesinteresse: both('gdpr-6-1-f', 'dsg-31-1-interest'),
  berechtigteinteressen: both('gdpr-6-1-f', 'dsg-31-1-interest'),
  legitimateinterest: both('gdpr-6-1-f', 'dsg-31-1-interest'),
  legitimateinterests: both('gdpr-6-1-f', 'dsg-31-1-interest'),
  ueberwiegendesinteresse: { revdsg: 'dsg-31-1-interest' },
  lebenswichtigeinteressen: { gdpr: 'gdpr-6-1-d' },
  vitalinterests: { gdpr: 'gdpr-6-1-d' },
  oeffentlicheaufgabe: { gdpr: 'gdpr-6-1-e' },
  publictask: { gdpr: 'gdpr-6-1-e' }
}

const codes = new Set<string>(catalogs.legalBases.map((b) => b.code))
/** Normalised label → the codes that carry it ("Einwilligung" is GDPR Art. 6(1)(a) and DSG Art. 31 Abs. 1). */
const byLabel = new Map<string, Array<{ code: string; regimes: readonly Regime[] }>>()
for (const b of catalogs.legalBases)
  for (const l of new Set([b.label.de, b.label.en, b.label['de-CH']].filter((x): x is string => Boolean(x)).map(normalise))) byLabel.set(l, [...(byLabel.get(l) ?? []), { code: b.code, regimes: b.regimes }])
const labelCodes = (n: string, regimes: readonly Regime[]): string[] => (byLabel.get(n) ?? []).filter((e) => e.regimes.some((r) => regimes.includes(r))).map((e) => e.code)

const ARTICLE = /art(?:ikel|icle)?\.?\s*(\d{1,2})\s*(?:(?:abs\.?|absatz|para\.?)\s*(\d)|\((\d)\))?\s*(?:(?:s(?:atz)?\.?\s*\d\s*)?(?:lit\.?|buchst\.?|litera)\s*([a-j])\b|\(([a-j])\))?/gi

function articleCodes(part: string, regimes: readonly Regime[]): string[] {
  const lower = part.toLowerCase()
  const lawDsg = /\b(?:rev)?dsg\b|\bfadp\b|\bnfadp\b/.test(lower) && !/dsgvo|ds-gvo|gdpr/.test(lower)
  const out: string[] = []
  for (const m of part.matchAll(ARTICLE)) {
    const art = Number(m[1])
    const para = m[2] ?? m[3]
    const lit = (m[4] ?? m[5])?.toLowerCase()
    if (lawDsg || (art === 31 && !/dsgvo|gdpr/.test(lower))) {
      if (art === 31 && para === '2' && lit && codes.has(`dsg-31-2-${lit}`)) out.push(`dsg-31-2-${lit}`)
      continue
    }
    if (art === 10 && !para) out.push('gdpr-10')
    else if (art === 6 && (para ?? '1') === '1' && lit && codes.has(`gdpr-6-1-${lit}`)) out.push(`gdpr-6-1-${lit}`)
    else if (art === 9 && (para ?? '2') === '2' && lit && codes.has(`gdpr-9-2-${lit}`)) out.push(`gdpr-9-2-${lit}`)
  }
  void regimes
  return out
}

/**
 * Catalog codes for a legal-basis cell, where confident: codes, article citations ("Art. 6 Abs. 1
 * lit. b DSGVO", "Art. 6(1)(f) GDPR") and labels or everyday words ("Vertrag", "consent"). What
 * is not recognised is returned as notes, so no text is lost.
 */
export function parseLegalBases(cell: string, regimes: readonly Regime[]): { codes: string[]; unmatched: string[] } {
  const out: string[] = []
  const unmatched: string[] = []
  const add = (code: string): void => {
    if (!out.includes(code)) out.push(code)
  }
  const whole = labelCodes(normalise(cell), regimes)
  if (whole.length) return { codes: whole, unmatched: [] }
  for (const part of cell.split(/[;\n\r]+|,\s*(?=[A-Za-zÄÖÜäöü]{3,})(?!\s*(?:lit|abs|uabs|satz)\b)|\s+(?:und|and|sowie|\+)\s+(?=art|[A-ZÄÖÜ])/i)) {
    const text = part.trim()
    if (!text) continue
    const n = normalise(text)
    if (codes.has(text.toLowerCase())) {
      add(text.toLowerCase())
      continue
    }
    const label = labelCodes(n, regimes)
    if (label.length) {
      label.forEach(add)
      continue
    }
    const word = keywords[n]
    if (word) {
      for (const r of regimes) if (word[r]) add(word[r])
      if (regimes.every((r) => !word[r])) unmatched.push(text)
      continue
    }
    const cited = articleCodes(text, regimes)
    if (cited.length) cited.forEach(add)
    else unmatched.push(text)
  }
  return { codes: out, unmatched }
}

// ---------------------------------------------------------------------------------------------
// Transfers

const countryNames = new Map<string, string>()
for (const c of catalogs.countries) {
  countryNames.set(c.code.toLowerCase(), c.code)
  for (const l of [c.label.de, c.label.en]) countryNames.set(normalise(l), c.code)
}
for (const [alias, code] of Object.entries({ usa: 'US', us: 'US', vereinigtestaaten: 'US', unitedstates: 'US', amerika: 'US', uk: 'GB', grossbritannien: 'GB', england: 'GB', vereinigteskoenigreich: 'GB', unitedkingdom: 'GB', schweiz: 'CH', switzerland: 'CH', indien: 'IN', india: 'IN' }))
  countryNames.set(alias, code)

const mechanismWords: Array<{ re: RegExp; gdpr: string; revdsg: string }> = [
  { re: /\bscc\b|standard(?:vertrags|datenschutz)?klauseln|standard contractual clauses/i, gdpr: 'EU-SCC', revdsg: 'CH-SCC' },
  { re: /\bdpf\b|data privacy framework|angemessenheit|adequacy/i, gdpr: 'EU-ADQ', revdsg: 'CH-ADQ' },
  { re: /\bbcr\b|binding corporate rules|verbindliche interne/i, gdpr: 'EU-BCR', revdsg: 'CH-BCR' },
  { re: /einwilligung|consent/i, gdpr: 'EU-49-A', revdsg: 'CH-17-A' }
]

/** "USA (SCC)", "Indien, USA – Standardvertragsklauseln", "keine": transfers per country and regime. */
export function parseTransfers(cell: string, regimes: readonly Regime[]): { transfers: Transfer[]; unparsed: boolean } {
  if (saysNone(cell) || /^\s*(?:-|–|—|\/)\s*$/.test(cell)) return { transfers: [], unparsed: false }
  const countries: string[] = []
  let unknown = 0
  for (const token of cell.split(/[;,/\n\r]+|\s+(?:und|and|sowie)\s+/i)) {
    const bare = token.replace(/\(.*?\)/g, ' ').replace(/[–—-].*$/, ' ')
    const n = normalise(bare)
    if (!n) continue
    const code = countryNames.get(n) ?? (bare.trim().length === 2 ? countryNames.get(bare.trim().toLowerCase()) : undefined)
    if (code) {
      if (!countries.includes(code)) countries.push(code)
    } else if (!mechanismWords.some((m) => m.re.test(token))) unknown++
  }
  const mechanism = mechanismWords.find((m) => m.re.test(cell))
  const unparsed = countries.length === 0 || unknown > 0
  const transfers: Transfer[] = []
  for (const country of countries)
    for (const regime of regimes) transfers.push({ recipientId: null, country, mechanism: mechanism ? mechanism[regime] : null, regime, notes: unparsed ? cell.trim() : '' })
  return { transfers, unparsed }
}

// ---------------------------------------------------------------------------------------------
// Retention

const UNITS: Array<{ re: RegExp; unit: 'days' | 'months' | 'years' }> = [
  { re: /^(?:tag|tage|tagen|day|days)\b/i, unit: 'days' },
  { re: /^(?:woche|wochen|week|weeks)\b/i, unit: 'days' },
  { re: /^(?:monat|monate|monaten|month|months)\b/i, unit: 'months' },
  { re: /^(?:jahr|jahre|jahren|year|years|j\.)(?=\W|$)/i, unit: 'years' }
]

/** "10 Jahre nach Ende des Geschäftsjahres", "6 months", "nach Zweckerfüllung": one rule per line or semicolon. */
export function parseRetention(cell: string): RetentionRule[] {
  const rules: RetentionRule[] = []
  for (const part of cell.split(/[;\n\r]+/)) {
    const text = part.trim()
    if (!text) continue
    const m = /(\d{1,4})\s*(\S+)/.exec(text)
    const unit = m ? UNITS.find((u) => u.re.test(m[2])) : undefined
    const amount = m ? Number(m[1]) * (unit && /^woche|^week/i.test(m[2]) ? 7 : 1) : 0
    if (m && unit && amount >= 1 && amount <= 1000) {
      const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim()
      const startEvent = rest.replace(/^[,.:;–-]\s*/, '')
      rules.push({ dataCategoryId: null, period: { amount, unit: unit.unit }, criteria: startEvent.length > 300 ? startEvent : '', startEvent: startEvent.length > 300 ? '' : startEvent, deletionProcedure: '', legalReference: '' })
    } else rules.push({ dataCategoryId: null, period: null, criteria: text, startEvent: '', deletionProcedure: '', legalReference: '' })
  }
  return rules
}

// ---------------------------------------------------------------------------------------------
// Status, dates

const statuses: Record<string, 'draft' | 'in_review' | 'approved'> = {
  entwurf: 'draft',
  draft: 'draft',
  offen: 'draft',
  inbearbeitung: 'draft',
  neu: 'draft',
  inpruefung: 'in_review',
  pruefung: 'in_review',
  inreview: 'in_review',
  review: 'in_review',
  inreviewstatus: 'in_review',
  freigegeben: 'approved',
  genehmigt: 'approved',
  approved: 'approved',
  final: 'approved',
  abgeschlossen: 'approved',
  aktiv: 'approved',
  active: 'approved'
}
export const parseStatus = (cell: string): 'draft' | 'in_review' | 'approved' | undefined => statuses[normalise(cell)]

/** ISO dates, "31.12.2025", "31.12.25", and the dates XLSX cells hold (already ISO). */
export function parseDate(cell: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell)
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(cell.trim())
  let y: number, mo: number, d: number
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (de) [d, mo, y] = [Number(de[1]), Number(de[2]), Number(de[3].length === 2 ? `20${de[3]}` : de[3])]
  else return undefined
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined
  return date.toISOString().slice(0, 10)
}
