import { beforeAll, describe, expect, it } from 'vitest'
import {
  ActivityTemplatesFile,
  AdequacyFile,
  CountriesFile,
  DataCategoriesFile,
  DataSubjectCategoriesFile,
  LegalBasesFile,
  RetentionRulesFile,
  SpecialCategoriesFile,
  TaxonomiesFile,
  TomsFile,
  TransferMechanismsFile,
  controlAreaCodes,
  dataCategoryKeys,
  dataSubjectKeys,
  dsvCodes,
  label,
  legalBasisCodes,
  sdmCodes,
  transferMechanismCodes,
  type Label
} from '../../src/shared/catalog'
import type { Locale } from '../../src/shared/i18n/types'
import type { Regime } from '../../src/shared/model/common'
import activityTemplatesJson from '../../src/core/catalogs/data/activity-templates.json'
import adequacyJson from '../../src/core/catalogs/data/adequacy.json'
import countriesJson from '../../src/core/catalogs/data/countries.json'
import dataCategoriesJson from '../../src/core/catalogs/data/data-categories.json'
import dataSubjectCategoriesJson from '../../src/core/catalogs/data/data-subject-categories.json'
import legalBasesJson from '../../src/core/catalogs/data/legal-bases.json'
import metaJson from '../../src/core/catalogs/data/meta.json'
import retentionRulesJson from '../../src/core/catalogs/data/retention-rules.json'
import specialCategoriesJson from '../../src/core/catalogs/data/special-categories.json'
import taxonomiesJson from '../../src/core/catalogs/data/taxonomies.json'
import tomsJson from '../../src/core/catalogs/data/toms.json'
import transferMechanismsJson from '../../src/core/catalogs/data/transfer-mechanisms.json'

// Each file is validated on its own first, so a broken file is named; the module that loads the
// whole bundle is imported afterwards (it throws on import when anything is wrong).
const legalBases = LegalBasesFile.parse(legalBasesJson)
const specialCategories = SpecialCategoriesFile.parse(specialCategoriesJson)
const mechanisms = TransferMechanismsFile.parse(transferMechanismsJson)
const adequacy = AdequacyFile.parse(adequacyJson)
const countries = CountriesFile.parse(countriesJson)
const dataSubjects = DataSubjectCategoriesFile.parse(dataSubjectCategoriesJson)
const dataCategories = DataCategoriesFile.parse(dataCategoriesJson)
const retentionRules = RetentionRulesFile.parse(retentionRulesJson)
const taxonomies = TaxonomiesFile.parse(taxonomiesJson)
const toms = TomsFile.parse(tomsJson)
const templates = ActivityTemplatesFile.parse(activityTemplatesJson)

type CatalogModule = typeof import('../../src/core/catalogs')
let cat: CatalogModule
beforeAll(async () => {
  cat = await import('../../src/core/catalogs')
})

const locales: Locale[] = ['de', 'de-CH', 'en']
const EU27 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')

const isLabel = (x: unknown): x is Label =>
  typeof x === 'object' && x !== null && typeof (x as Label).de === 'string' && typeof (x as Label).en === 'string'

/** Every Label inside a value, with its path; `skip` leaves out properties by name. */
function labelsIn(value: unknown, path = '', skip: readonly string[] = []): Array<{ path: string; label: Label }> {
  if (isLabel(value)) return [{ path, label: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => labelsIn(v, `${path}[${i}]`, skip))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (skip.includes(k) ? [] : labelsIn(v, path ? `${path}.${k}` : k, skip)))
  }
  return []
}

const dups = <T>(values: readonly T[]): T[] => values.filter((v, i) => values.indexOf(v) !== i)

/** The lists whose entries must each carry label, ref and regimes. */
const legalEntryLists: Record<string, ReadonlyArray<{ label: Label; ref: string; regimes: Regime[] }>> = {
  legalBases,
  specialCategories: specialCategories.categories,
  specialCategoryDifferences: specialCategories.differences,
  transferMechanisms: mechanisms,
  dataSubjects,
  dataCategories,
  controlAreas: taxonomies.controlAreas,
  sdmGoals: taxonomies.sdmGoals,
  dsvControls: taxonomies.dsvControls,
  art32: taxonomies.art32,
  wp248: taxonomies.wp248,
  art35_3: taxonomies.art35_3,
  dsg22: taxonomies.dsg22
}

describe('catalog files validate against their schemas', () => {
  it('parses every file and the whole bundle', () => {
    // The parses above ran at import; the bundle adds the cross-file checks.
    expect(cat.catalogs.catalogVersion).toBe(metaJson.catalogVersion)
    expect(cat.catalogs.catalogVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/)
    expect(cat.catalogs.validAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('freezes the loaded catalogs', () => {
    expect(Object.isFrozen(cat.catalogs)).toBe(true)
    expect(Object.isFrozen(cat.catalogs.legalBases[0].label)).toBe(true)
    expect(Object.isFrozen(cat.catalogs.adequacy.gdpr.countries)).toBe(true)
  })

  it('rejects a bundle with a dangling reference, naming it', () => {
    const broken = {
      ...metaJson,
      legalBases: legalBasesJson,
      specialCategories: specialCategoriesJson,
      transferMechanisms: transferMechanismsJson,
      adequacy: adequacyJson,
      countries: countriesJson,
      dataSubjectCategories: dataSubjectCategoriesJson,
      dataCategories: [{ ...dataCategoriesJson[0], retentionRules: ['no-such-rule'] }, ...dataCategoriesJson.slice(1)],
      retentionRules: retentionRulesJson,
      taxonomies: taxonomiesJson,
      toms: tomsJson,
      activityTemplates: activityTemplatesJson
    }
    expect(() => cat.loadCatalogs(broken)).toThrow(/no-such-rule/)
    expect(() => cat.loadCatalogs({ ...broken, dataCategories: dataCategoriesJson, legalBases: legalBasesJson.slice(1) })).toThrow(/gdpr-6-1-a/)
  })
})

describe('labels and references', () => {
  const all = {
    legalBases,
    specialCategories,
    mechanisms,
    adequacy,
    countries,
    dataSubjects,
    dataCategories,
    retentionRules,
    taxonomies,
    toms,
    templates
  }

  it('every label has non-empty German and English text, and de-CH never has ß', () => {
    const labels = labelsIn(all)
    expect(labels.length).toBeGreaterThan(500)
    for (const { path, label: l } of labels) {
      expect(l.de.trim(), path).not.toBe('')
      expect(l.en.trim(), path).not.toBe('')
      expect(label(l, 'de-CH'), path).not.toContain('ß')
    }
  })

  it('every legal entry carries a reference and its regimes', () => {
    for (const [list, entries] of Object.entries(legalEntryLists)) {
      expect(entries.length, list).toBeGreaterThan(0)
      for (const e of entries) {
        expect(e.ref.length, `${list}: ${label(e, 'en')}`).toBeGreaterThan(2)
        expect(e.regimes.length, `${list}: ${label(e, 'en')}`).toBeGreaterThan(0)
      }
    }
    for (const r of retentionRules) expect(r.legalReference, r.key).toMatch(/\S/)
    for (const regime of ['gdpr', 'revdsg'] as const) {
      for (const c of adequacy[regime].countries) expect(c.ref, c.country).toMatch(/\S/)
    }
  })

  it('entries that belong to the Swiss regime read in Swiss terms in de-CH', () => {
    // GDPR terms that must not appear in de-CH text of revDSG entries (the "gdpr" column of the
    // difference table is GDPR text by design).
    // ("nicht personenbezogene Zwecke" is the DSG's own wording, so only the data term is caught.)
    const gdprTerms = /personenbezogenen? Daten|Verarbeitung|verarbeite|Auftragsverarbeit/
    const swiss: Array<{ list: string; e: { regimes: Regime[] } }> = Object.entries(legalEntryLists).flatMap(([list, entries]) =>
      entries.filter((e) => e.regimes.includes('revdsg')).map((e) => ({ list, e }))
    )
    swiss.push(...retentionRules.filter((r) => r.regimes.includes('revdsg')).map((e) => ({ list: 'retentionRules', e })))
    expect(swiss.length).toBeGreaterThan(50)
    const offending = swiss.flatMap(({ list, e }) =>
      labelsIn(e, list, ['gdpr'])
        .filter(({ label: l }) => gdprTerms.test(label(l, 'de-CH')))
        .map(({ path, label: l }) => `${path}: ${label(l, 'de-CH')}`)
    )
    expect(offending).toEqual([])
    // Swiss spelling must not depend on label(): code that reads l['de-CH'] ?? l.de gets it right too.
    const eszett = swiss.flatMap(({ list, e }) =>
      labelsIn(e, list).filter(({ label: l }) => l.de.includes('ß') && l['de-CH'] === undefined).map(({ path }) => path)
    )
    expect(eszett).toEqual([])
  })

  it('never shares one label between classic "Zugangskontrolle" (logical) and DSV "Zugangskontrolle" (physical)', () => {
    const classic = taxonomies.controlAreas.find((c) => c.code === 'ca-zugang')!
    const dsv = taxonomies.dsvControls.find((c) => c.code === 'dsv-3-1-b')!
    for (const locale of locales) expect(label(classic, locale)).not.toBe(label(dsv, locale))
    expect(label(dsv, 'de-CH')).toBe('Zugangskontrolle')
    expect(label(classic, 'de')).toBe('Zugangskontrolle')
    expect(label(dsv, 'en')).toMatch(/physical/i)
    expect(label(classic, 'en')).toMatch(/logical/i)
    // The German physical-access term maps onto the DSV control, not the classic "Zugangskontrolle".
    const zutritt = taxonomies.controlAreas.find((c) => c.code === 'ca-zutritt')!
    expect(zutritt.mapsTo.dsvControls).toEqual(['dsv-3-1-b'])
    expect(classic.mapsTo.dsvControls).not.toContain('dsv-3-1-b')
  })

  it('label() falls back from de-CH to de with ss for ß', () => {
    const l: Label = { de: 'Technische Maßnahmen gemäß Art. 32', en: 'Technical measures under Art. 32' }
    expect(label(l, 'de')).toBe('Technische Maßnahmen gemäß Art. 32')
    expect(label(l, 'de-CH')).toBe('Technische Massnahmen gemäss Art. 32')
    expect(label({ label: { ...l, 'de-CH': 'Eigene Fassung' } }, 'de-CH')).toBe('Eigene Fassung')
    expect(label({ label: l }, 'en')).toBe('Technical measures under Art. 32')
  })

  it('keeps the verify flag wherever the source marks ⚠️', () => {
    const flagged = (list: ReadonlyArray<{ verify?: boolean }>, key: (x: never) => string, expected: string[]): void => {
      const have = list.filter((x) => x.verify === true).map((x) => key(x as never))
      for (const k of expected) expect(have, k).toContain(k)
    }
    flagged(legalBases, (b: { code: string }) => b.code, ['gdpr-9-2-b', 'gdpr-10'])
    flagged(mechanisms, (m: { code: string }) => m.code, ['CH-SCC', 'CH-COC-CERT'])
    flagged(specialCategories.categories, (c: { code: string }) => c.code, ['gdpr-9-sex', 'dsg-5-c-5'])
    flagged(specialCategories.differences, (d: { key: string }) => d.key, ['administrative', 'sexuality'])
    flagged(retentionRules, (r: { key: string }) => r.key, [
      'de-vouchers', 'de-social-insurance', 'de-minimum-wage', 'de-applicants',
      'ch-vat', 'ch-working-time', 'ch-dsv-logs', 'ch-dpia', 'ch-breach-records'
    ])
    for (const key of ['online_ids', 'payroll', 'criminal']) {
      expect(dataCategories.find((c) => c.key === key)?.flag?.verify, key).toBe(true)
    }
    expect(adequacy.gdpr.verify).toBe(true)
    expect(adequacy.revdsg.verify).toBe(true)
    expect(adequacy.gdpr.countries.find((c) => c.country === 'US')?.verify).toBe(true)
  })
})

describe('codes are unique and complete', () => {
  it('has no duplicate code in any list', () => {
    const lists: Record<string, readonly unknown[]> = {
      legalBases: legalBases.map((x) => x.code),
      specialCategories: specialCategories.categories.map((x) => x.code),
      differences: specialCategories.differences.map((x) => x.key),
      mechanisms: mechanisms.map((x) => x.code),
      countries: countries.map((x) => x.code),
      dataSubjects: dataSubjects.map((x) => x.key),
      dataCategories: dataCategories.map((x) => x.key),
      retentionRules: retentionRules.map((x) => x.key),
      controlAreas: taxonomies.controlAreas.map((x) => x.code),
      sdmGoals: taxonomies.sdmGoals.map((x) => x.code),
      dsvControls: taxonomies.dsvControls.map((x) => x.code),
      art32: taxonomies.art32.map((x) => x.code),
      wp248: taxonomies.wp248.map((x) => x.code),
      art35_3: taxonomies.art35_3.map((x) => x.code),
      dsg22: taxonomies.dsg22.map((x) => x.code),
      toms: toms.map((x) => x.key),
      templates: templates.map((x) => x.key),
      adequacyGdpr: adequacy.gdpr.countries.map((x) => x.country),
      adequacyRevdsg: adequacy.revdsg.countries.map((x) => x.country)
    }
    for (const [name, codes] of Object.entries(lists)) expect(dups(codes), name).toEqual([])
  })

  it('uses exactly the fixed codes shared with the TOM catalogue and the templates', () => {
    expect(legalBases.map((x) => x.code)).toEqual([...legalBasisCodes])
    expect(mechanisms.map((x) => x.code)).toEqual([...transferMechanismCodes])
    expect(dataSubjects.map((x) => x.key)).toEqual([...dataSubjectKeys])
    expect(dataCategories.map((x) => x.key)).toEqual([...dataCategoryKeys])
    expect(taxonomies.controlAreas.map((x) => x.code)).toEqual([...controlAreaCodes])
    expect(taxonomies.sdmGoals.map((x) => x.code)).toEqual([...sdmCodes])
    expect(taxonomies.dsvControls.map((x) => x.code)).toEqual([...dsvCodes])
    expect(taxonomies.art32.map((x) => x.code)).toEqual(['a', 'b', 'c', 'd'])
    expect(taxonomies.wp248.map((x) => x.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(taxonomies.art35_3.map((x) => x.code)).toEqual(['a', 'b', 'c'])
    expect(taxonomies.dsg22.map((x) => x.code)).toEqual(['a', 'b'])
  })
})

describe('legal bases', () => {
  it('groups GDPR Art. 6, 9, 10 and DSG Art. 31 with their regimes', () => {
    const byKind = (kind: string): string[] => legalBases.filter((b) => b.kind === kind).map((b) => b.code)
    expect(byKind('gdpr-6')).toHaveLength(6)
    expect(byKind('gdpr-9')).toHaveLength(10)
    expect(byKind('gdpr-10')).toEqual(['gdpr-10'])
    expect(byKind('dsg-31')).toHaveLength(9)
    for (const b of legalBases) expect(b.regimes).toEqual([b.code.startsWith('dsg-') ? 'revdsg' : 'gdpr'])
    for (const b of legalBases.filter((x) => x.code.startsWith('dsg-31-2-'))) expect(b.parent).toBe('dsg-31-1-interest')
  })

  it('cites the letter each code names', () => {
    for (const b of legalBases) {
      const m = /^gdpr-(6|9)-(1|2)-([a-j])$/.exec(b.code)
      if (m) expect(b.ref).toContain(`Art. ${m[1]}(${m[2]})(${m[3]})`)
      const d = /^dsg-31-2-([a-f])$/.exec(b.code)
      if (d) expect(b.ref).toBe(`DSG Art. 31 Abs. 2 lit. ${d[1]}`)
    }
  })

  it('marks consent bases and the explicit-consent condition', () => {
    const consent = legalBases.filter((b) => b.isConsent).map((b) => b.code)
    expect(consent).toEqual(['gdpr-6-1-a', 'gdpr-9-2-a', 'dsg-31-1-consent'])
    expect(legalBases.find((b) => b.code === 'gdpr-9-2-a')?.requiresExpressConsent).toBe(true)
    expect(label(legalBases.find((b) => b.code === 'dsg-31-1-consent')!.notes!, 'en')).toMatch(/Art\. 6 Abs\. 7/)
  })
})

describe('special categories', () => {
  it('lists GDPR Art. 9(1), Art. 10 and all six Ziffern of DSG Art. 5 lit. c', () => {
    const cats = specialCategories.categories
    expect(cats.filter((c) => c.gdprSpecial === 'art9')).toHaveLength(8)
    expect(cats.filter((c) => c.gdprSpecial === 'art10')).toHaveLength(1)
    expect(cats.filter((c) => c.dsgClause !== undefined).map((c) => c.dsgClause)).toEqual([1, 2, 3, 4, 5, 6])
    for (const c of cats.filter((x) => x.dsgClause !== undefined)) expect(c.ref).toBe(`DSG Art. 5 lit. c Ziff. ${c.dsgClause}`)
  })

  it('maps the regimes onto each other symmetrically; social assistance has no GDPR counterpart', () => {
    const byCode = new Map(specialCategories.categories.map((c) => [c.code, c]))
    for (const c of specialCategories.categories) {
      for (const other of c.counterparts) {
        expect(byCode.get(other)?.counterparts, `${c.code} ↔ ${other}`).toContain(c.code)
        expect(byCode.get(other)?.regimes, other).not.toEqual(c.regimes)
      }
    }
    expect(byCode.get('dsg-5-c-6')?.counterparts).toEqual([])
    expect(byCode.get('gdpr-10-criminal')?.counterparts).toEqual(['dsg-5-c-5'])
  })

  it('represents the difference table of the source', () => {
    expect(specialCategories.differences.map((d) => d.key)).toEqual([
      'social_assistance', 'criminal', 'administrative', 'union_political', 'sexuality', 'legal_effect'
    ])
  })
})

describe('data subjects and data categories', () => {
  it('flags vulnerable data subjects (WP248 criterion 7)', () => {
    const vulnerable = dataSubjects.filter((s) => s.vulnerable).map((s) => s.key)
    expect(vulnerable).toEqual(expect.arrayContaining(['employees', 'applicants']))
    expect(vulnerable).not.toContain('customers')
    for (const s of dataSubjects.filter((x) => x.vulnerable)) expect(s.ref, s.key).toContain('WP248')
  })

  it('classifies each data category under both regimes as in the source', () => {
    const expected: Record<string, [string, number | null]> = {
      health: ['art9', 2],
      union_religion_politics: ['art9', 1],
      biometric: ['art9', 4],
      criminal: ['art10', 5],
      social_assistance: ['none', 6]
    }
    for (const c of dataCategories) {
      const [gdpr, clause] = expected[c.key] ?? ['none', null]
      expect([c.gdprSpecial, c.dsgSensitiveClause], c.key).toEqual([gdpr, clause])
    }
  })

  it('links special data categories to existing special-category entries', () => {
    const clauses = new Set(specialCategories.categories.map((c) => c.dsgClause))
    for (const c of dataCategories) {
      if (c.dsgSensitiveClause !== null) expect(clauses.has(c.dsgSensitiveClause), c.key).toBe(true)
    }
  })

  it('links data categories to retention rules that exist', () => {
    const keys = new Set(retentionRules.map((r) => r.key))
    for (const c of dataCategories) for (const r of c.retentionRules) expect(keys.has(r), `${c.key} → ${r}`).toBe(true)
  })
})

describe('retention rules', () => {
  it('covers Germany and Switzerland with periods where the law fixes one', () => {
    expect(retentionRules.filter((r) => r.country === 'DE').length).toBeGreaterThanOrEqual(8)
    expect(retentionRules.filter((r) => r.country === 'CH').length).toBeGreaterThanOrEqual(8)
    const period = (key: string): unknown => retentionRules.find((r) => r.key === key)?.period
    expect(period('de-books')).toEqual({ amount: 10, unit: 'years' })
    expect(period('de-vouchers')).toEqual({ amount: 8, unit: 'years' })
    expect(period('de-business-letters')).toEqual({ amount: 6, unit: 'years' })
    expect(period('de-payroll-account')).toEqual({ amount: 6, unit: 'years' })
    expect(period('ch-accounting')).toEqual({ amount: 10, unit: 'years' })
    for (const r of retentionRules.filter((x) => x.kind === 'duty')) expect(r.period, r.key).not.toBeNull()
  })
})

describe('transfers', () => {
  it('marks exactly GDPR Art. 49 and DSG Art. 17 as derogations', () => {
    for (const m of mechanisms) expect(m.derogation, m.code).toBe(/^(EU-49-|CH-17-)/.test(m.code))
    const eu492 = mechanisms.find((m) => m.code === 'EU-49-2')!
    expect(eu492.obligations).toEqual(expect.arrayContaining(['inform_sa', 'inform_data_subject', 'document_assessment']))
    for (const code of ['CH-17-B2', 'CH-17-C1', 'CH-17-C2', 'CH-17-D']) {
      expect(mechanisms.find((m) => m.code === code)?.obligations, code).toContain('fdpic_on_request')
    }
  })

  it('a Swiss transfer offers CH mechanisms only, a GDPR one EU only', () => {
    const ch = cat.optionsFor(['revdsg']).transferMechanisms.map((o) => o.value)
    const eu = cat.optionsFor(['gdpr']).transferMechanisms.map((o) => o.value)
    expect(ch.length).toBe(15)
    expect(eu.length).toBe(17)
    expect(ch.every((c) => c.startsWith('CH-'))).toBe(true)
    expect(eu.every((c) => c.startsWith('EU-'))).toBe(true)
    expect(cat.mechanismsFor('revdsg').map((m) => m.code)).toEqual(ch)
    expect(cat.mechanismsFor('gdpr').map((m) => m.code)).toEqual(eu)
    expect(cat.optionsFor(['gdpr', 'revdsg']).transferMechanisms).toHaveLength(32)
  })

  it('JP and KR are adequate for the EU but not for Switzerland', () => {
    for (const c of ['JP', 'KR']) {
      expect(cat.isAdequate('gdpr', c), c).toBe(true)
      expect(cat.isAdequate('revdsg', c), c).toBe(false)
      expect(cat.transferMechanismRequired('revdsg', c), c).toBe(true)
    }
  })

  it('the US is adequate only with DPF certification, for either regime', () => {
    for (const regime of ['gdpr', 'revdsg'] as const) {
      expect(cat.isAdequate(regime, 'US'), regime).toBe(false)
      expect(cat.isAdequate(regime, 'US', { dpfCertified: false }), regime).toBe(false)
      expect(cat.isAdequate(regime, 'US', { dpfCertified: true }), regime).toBe(true)
      const status = cat.adequacyOf(regime, 'US')
      expect(status.status === 'listed' && status.entry.condition).toBe('dpf')
    }
  })

  it('treats partial findings (Canada, Japan) as adequate unless the recipient is out of scope', () => {
    expect(cat.isAdequate('gdpr', 'CA')).toBe(true)
    expect(cat.isAdequate('gdpr', 'CA', { inScope: false })).toBe(false)
    expect(cat.isAdequate('revdsg', 'CA', { inScope: false })).toBe(false)
    const ca = cat.adequacyOf('gdpr', 'CA')
    expect(ca.status === 'listed' && label(ca.entry.note!, 'en')).toMatch(/commercial/)
  })

  it('knows the EEA is not a third country for the GDPR and Switzerland is domestic for the DSG', () => {
    for (const c of [...EU27, 'IS', 'LI', 'NO']) {
      expect(cat.isThirdCountry('gdpr', c), c).toBe(false)
      expect(cat.transferMechanismRequired('gdpr', c), c).toBe(false)
      // All EEA states are on the Swiss list too.
      expect(cat.isThirdCountry('revdsg', c), c).toBe(true)
      expect(cat.isAdequate('revdsg', c), c).toBe(true)
    }
    expect(cat.isThirdCountry('revdsg', 'CH')).toBe(false)
    expect(cat.isThirdCountry('gdpr', 'CH')).toBe(true)
    expect(cat.isAdequate('gdpr', 'CH')).toBe(true)
    expect(cat.isAdequate('gdpr', 'GB')).toBe(true)
    expect(cat.isAdequate('revdsg', 'GB')).toBe(true)
    for (const c of ['GI', 'MC']) {
      expect(cat.isAdequate('revdsg', c), c).toBe(true)
      expect(cat.isAdequate('gdpr', c), c).toBe(false)
    }
    for (const c of ['IN', 'CN', 'PH', 'BR', 'AU', 'SG', 'UA', 'RS', 'TR', 'ZA', 'MX', 'AE']) {
      expect(cat.transferMechanismRequired('gdpr', c), c).toBe(true)
      expect(cat.transferMechanismRequired('revdsg', c), c).toBe(true)
    }
    expect(cat.isThirdCountry('gdpr', 'de')).toBe(false)
  })

  it('dates each adequacy list and names the required countries', () => {
    expect(adequacy.gdpr.validAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(adequacy.revdsg.validAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const codes = new Set(countries.map((c) => c.code))
    for (const c of [...EU27, 'IS', 'LI', 'NO', 'CH', 'GB', 'US', 'IN', 'CN', 'PH', 'BR', 'AU', 'SG', 'UA', 'RS', 'TR', 'ZA', 'MX', 'AE']) {
      expect(codes.has(c), c).toBe(true)
    }
    expect(cat.country('ch')?.label.de).toBe('Schweiz')
  })
})

describe('options by regime', () => {
  it('offers Swiss justifications and DSV controls to Swiss records only', () => {
    const ch = cat.optionsFor(['revdsg'])
    const eu = cat.optionsFor(['gdpr'])
    expect(ch.legalBases.every((o) => o.value.startsWith('dsg-'))).toBe(true)
    expect(eu.legalBases.every((o) => o.value.startsWith('gdpr-'))).toBe(true)
    expect(ch.dsvControls).toHaveLength(12)
    expect(eu.dsvControls).toHaveLength(0)
    expect(eu.sdmGoals).toHaveLength(7)
    expect(ch.dsg22).toHaveLength(2)
    expect(eu.art35_3).toHaveLength(3)
    expect(ch.retentionRules.every((o) => o.group === 'CH')).toBe(true)
    expect(ch.dataCategories).toHaveLength(dataCategories.length)
    expect(cat.optionsFor([]).legalBases).toHaveLength(legalBases.length)
    expect(ch.toms).toHaveLength(toms.length)
  })

  it('looks entries up by code', () => {
    expect(cat.legalBasis('gdpr-6-1-b')?.ref).toBe('GDPR Art. 6(1)(b)')
    expect(cat.legalBasis('nope')).toBeUndefined()
    expect(cat.mechanism('EU-SCC')?.ref).toBe('GDPR Art. 46(2)(c)')
    expect(cat.dataCategory('health')?.gdprSpecial).toBe('art9')
    expect(cat.dataSubjectCategory('employees')?.vulnerable).toBe(true)
    expect(cat.retentionRule('ch-accounting')?.legalReference).toBe('OR Art. 958f Abs. 1')
  })
})

describe('TOM catalogue (toms.json)', () => {
  const known = {
    controlAreas: new Set<string>(taxonomies.controlAreas.map((c) => c.code)),
    sdmGoals: new Set<string>(taxonomies.sdmGoals.map((c) => c.code)),
    art32: new Set<string>(taxonomies.art32.map((c) => c.code)),
    dsvControls: new Set<string>(taxonomies.dsvControls.map((c) => c.code))
  }

  it('maps every measure to at least one SDM goal and one Art. 32(1) letter, with codes from the taxonomies', () => {
    for (const t of toms) {
      expect(t.sdmGoals.length, t.key).toBeGreaterThan(0)
      expect(t.art32.length, t.key).toBeGreaterThan(0)
      expect(t.controlAreas.length, t.key).toBeGreaterThan(0)
      expect(t.dsvControls.length, t.key).toBeGreaterThan(0)
      for (const field of ['controlAreas', 'sdmGoals', 'art32', 'dsvControls'] as const) {
        for (const code of t[field]) expect(known[field].has(code), `${t.key}.${field}: ${code}`).toBe(true)
      }
      expect(label(t, 'de').trim(), t.key).not.toBe('')
      expect(label(t, 'en').trim(), t.key).not.toBe('')
      expect(label(t.description, 'de').trim(), t.key).not.toBe('')
    }
  })

  it('uses distinct German and English titles', () => {
    expect(dups(toms.map((t) => t.label.de))).toEqual([])
    expect(dups(toms.map((t) => t.label.en))).toEqual([])
  })
})

describe('activity templates (activity-templates.json)', () => {
  const basis = new Map(legalBases.map((b) => [b.code, b]))
  const category = new Map(dataCategories.map((c) => [c.key, c]))
  const subjects = new Set<string>(dataSubjects.map((s) => s.key))
  const tomKeys = new Set(toms.map((t) => t.key))
  const rules = new Map(retentionRules.map((r) => [r.key, r]))

  it('resolves every code and key', () => {
    for (const t of templates) {
      for (const b of t.legalBases) expect(basis.has(b), `${t.key}: legal basis ${b}`).toBe(true)
      for (const c of t.dataCategories) expect(category.has(c), `${t.key}: data category ${c}`).toBe(true)
      for (const s of t.dataSubjects) expect(subjects.has(s), `${t.key}: data subject ${s}`).toBe(true)
      for (const k of t.toms) expect(tomKeys.has(k), `${t.key}: TOM ${k}`).toBe(true)
      for (const r of t.retention) {
        if (r.dataCategory !== null) expect(t.dataCategories, `${t.key}: retention for ${r.dataCategory}`).toContain(r.dataCategory)
        if (r.rule !== undefined) expect(rules.has(r.rule), `${t.key}: retention rule ${r.rule}`).toBe(true)
      }
    }
  })

  it('keeps legal bases and retention within the template regimes', () => {
    for (const t of templates) {
      for (const regime of t.regimes) {
        expect(t.legalBases.some((b) => basis.get(b)?.regimes.includes(regime)), `${t.key}: no legal basis for ${regime}`).toBe(true)
      }
      for (const b of t.legalBases) {
        expect(basis.get(b)!.regimes.some((r) => t.regimes.includes(r)), `${t.key}: ${b} outside the template regimes`).toBe(true)
      }
      for (const r of t.retention) {
        expect(r.regimes.every((x) => t.regimes.includes(x)), `${t.key}: retention regimes`).toBe(true)
      }
    }
  })

  it('pairs GDPR special categories with an Art. 9(2) condition and an Art. 6(1) basis, criminal data with Art. 10', () => {
    for (const t of templates.filter((x) => x.regimes.includes('gdpr'))) {
      const special = t.dataCategories.map((c) => category.get(c)!.gdprSpecial)
      if (special.includes('art9')) {
        expect(t.legalBases.some((b) => b.startsWith('gdpr-9-2-')), `${t.key}: Art. 9(2) condition`).toBe(true)
        expect(t.legalBases.some((b) => b.startsWith('gdpr-6-1-')), `${t.key}: Art. 6(1) basis`).toBe(true)
      }
      if (special.includes('art10')) expect(t.legalBases, `${t.key}: Art. 10`).toContain('gdpr-10')
    }
  })

  it('gives every template purposes and labels in both languages', () => {
    for (const t of templates) {
      expect(t.purposes.length, t.key).toBeGreaterThan(0)
      for (const p of t.purposes) expect(label(p, 'en').trim(), t.key).not.toBe('')
    }
  })
})

describe('FILL LEVEL – TOM catalogue and activity templates (written in parallel by another helper)', () => {
  it('toms.json holds at least 80 measures', () => {
    expect(toms.length).toBeGreaterThanOrEqual(80)
  })

  it('activity-templates.json holds at least 15 templates', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15)
  })
})
