import { z } from 'zod'
import type { Locale } from './i18n/types'
import { RetentionPeriod } from './model/activity'
import { CountryCode, IsoDate, Regime } from './model/common'
import { GdprSpecial } from './model/data-category'
import { RecipientKind } from './model/recipient'
import { Art32Letter } from './model/tom'

/**
 * Schemas of the built-in legal catalogs (src/core/catalogs/data/*.json). Pure zod: the renderer
 * uses these types too. Every legal entry carries a `ref` (the article it is traceable to) and the
 * `regimes` it belongs to; `verify: true` marks content the source flags as uncertain or
 * time-sensitive (check against EUR-Lex / fedlex / gesetze-im-internet.de before relying on it).
 */

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Non-empty text without leading or trailing whitespace. */
const Text = z.string().max(4000).regex(/^\S(?:[\s\S]*\S)?$/, { error: 'catalog.text' })

/**
 * A label in every language. "de-CH" only where Swiss usage differs (Bearbeitung, Personendaten,
 * Lernende …); Swiss spelling never has "ß". Where "de-CH" is absent, {@link label} derives it
 * from "de" by replacing ß with ss, which is the Swiss spelling rule.
 */
export const Label = z.strictObject({
  de: Text,
  en: Text,
  'de-CH': Text.refine((s) => !s.includes('ß'), { error: 'catalog.deCH.eszett' }).optional()
})
export type Label = z.infer<typeof Label>

/** A legal reference as people cite it: "GDPR Art. 6(1)(b)", "DSG Art. 31 Abs. 2 lit. a". */
export const LegalRef = z.string().min(3).max(400).regex(/^\S(?:.*\S)?$/)

const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length
const uniqueArray = <T extends z.ZodType>(item: T) => z.array(item).refine(unique, { error: 'catalog.duplicate' })

export const Regimes = uniqueArray(Regime).min(1).max(2)

/** Lower-case kebab/snake key, as stored in CatalogCode fields of the entities. */
export const CatalogKey = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(64)

/** What every legal entry carries besides its code. */
const entryBase = {
  label: Label,
  ref: LegalRef,
  regimes: Regimes,
  notes: Label.optional(),
  /** The source marks this content ⚠️: uncertain or time-sensitive. */
  verify: z.boolean().optional()
}

// ---------------------------------------------------------------------------------------------
// Fixed codes (shared with the TOM catalogue and the activity templates)

export const legalBasisCodes = [
  'gdpr-6-1-a', 'gdpr-6-1-b', 'gdpr-6-1-c', 'gdpr-6-1-d', 'gdpr-6-1-e', 'gdpr-6-1-f',
  'gdpr-9-2-a', 'gdpr-9-2-b', 'gdpr-9-2-c', 'gdpr-9-2-d', 'gdpr-9-2-e',
  'gdpr-9-2-f', 'gdpr-9-2-g', 'gdpr-9-2-h', 'gdpr-9-2-i', 'gdpr-9-2-j',
  'gdpr-10',
  'dsg-31-1-consent', 'dsg-31-1-interest', 'dsg-31-1-law',
  'dsg-31-2-a', 'dsg-31-2-b', 'dsg-31-2-c', 'dsg-31-2-d', 'dsg-31-2-e', 'dsg-31-2-f'
] as const
export const LegalBasisCode = z.enum(legalBasisCodes)
export type LegalBasisCode = z.infer<typeof LegalBasisCode>

/** Classic German control areas (annex to § 9 BDSG old version; no longer law, still the usual structure). */
export const controlAreaCodes = [
  'ca-zutritt', 'ca-zugang', 'ca-zugriff', 'ca-weitergabe', 'ca-eingabe', 'ca-auftrag', 'ca-verfuegbarkeit', 'ca-trennung'
] as const
export const ControlAreaCode = z.enum(controlAreaCodes)
export type ControlAreaCode = z.infer<typeof ControlAreaCode>

/** The seven protection goals of the Standard Data Protection Model (SDM). */
export const sdmCodes = [
  'sdm-minimisation', 'sdm-availability', 'sdm-integrity', 'sdm-confidentiality', 'sdm-unlinkability', 'sdm-transparency', 'sdm-intervenability'
] as const
export const SdmCode = z.enum(sdmCodes)
export type SdmCode = z.infer<typeof SdmCode>

/** DSV Art. 3 measures: Abs. 1 confidentiality, Abs. 2 availability and integrity, Abs. 3 traceability. */
export const dsvCodes = [
  'dsv-3-1-a', 'dsv-3-1-b', 'dsv-3-1-c',
  'dsv-3-2-a', 'dsv-3-2-b', 'dsv-3-2-c', 'dsv-3-2-d', 'dsv-3-2-e', 'dsv-3-2-f',
  'dsv-3-3-a', 'dsv-3-3-b', 'dsv-3-3-c'
] as const
export const DsvCode = z.enum(dsvCodes)
export type DsvCode = z.infer<typeof DsvCode>

export const dataSubjectKeys = [
  'customers', 'prospects', 'portal_users', 'contacts_b2b', 'suppliers', 'employees', 'former_employees', 'applicants',
  'trainees_freelancers', 'dependants', 'website_visitors', 'newsletter', 'visitors', 'shareholders_board'
] as const
export const DataSubjectKey = z.enum(dataSubjectKeys)
export type DataSubjectKey = z.infer<typeof DataSubjectKey>

export const dataCategoryKeys = [
  'identity', 'contact', 'contract', 'payment', 'billing', 'communication', 'online_ids', 'usage_logs', 'location', 'images',
  'hr_master', 'payroll', 'time_records', 'application', 'creditworthiness', 'marketing', 'health', 'union_religion_politics',
  'biometric', 'criminal', 'social_assistance'
] as const
export const DataCategoryKey = z.enum(dataCategoryKeys)
export type DataCategoryKey = z.infer<typeof DataCategoryKey>

export const transferMechanismCodes = [
  'EU-ADQ', 'EU-PUB', 'EU-BCR', 'EU-SCC', 'EU-SCC-SA', 'EU-COC', 'EU-CERT', 'EU-AUTH-CL', 'EU-AUTH-ADM',
  'EU-49-A', 'EU-49-B', 'EU-49-C', 'EU-49-D', 'EU-49-E', 'EU-49-F', 'EU-49-G', 'EU-49-2',
  'CH-ADQ', 'CH-TREATY', 'CH-CLAUSES', 'CH-SPEC', 'CH-SCC', 'CH-BCR', 'CH-COC-CERT',
  'CH-17-A', 'CH-17-B1', 'CH-17-B2', 'CH-17-C1', 'CH-17-C2', 'CH-17-D', 'CH-17-E', 'CH-17-F'
] as const
export const TransferMechanismCode = z.enum(transferMechanismCodes)
export type TransferMechanismCode = z.infer<typeof TransferMechanismCode>

/** Keys of the TOM catalogue, e.g. "tom-badge-system". */
export const TomKey = z.string().regex(/^tom-[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64)
export type TomKey = z.infer<typeof TomKey>

/** WP248 rev.01 criteria 1–9 (DPIA screening). */
export const Wp248Criterion = z.int().min(1).max(9)
export const Art35Case = z.enum(['a', 'b', 'c'])
export const Dsg22Case = z.enum(['a', 'b'])

// ---------------------------------------------------------------------------------------------
// legal-bases.json

export const LegalBasisKind = z.enum(['gdpr-6', 'gdpr-9', 'gdpr-10', 'dsg-31'])

/** GDPR Art. 6(1), Art. 9(2), Art. 10 and the Swiss justifications of DSG Art. 31. */
export const LegalBasis = z
  .strictObject({
    code: LegalBasisCode,
    kind: LegalBasisKind,
    ...entryBase,
    description: Label,
    /** Consent must be explicit/express (GDPR Art. 9(2)(a)). */
    requiresExpressConsent: z.boolean().optional(),
    /** This basis is consent: needs a withdrawal mechanism and a consent record (GDPR Art. 7; DSG Art. 6 Abs. 6). */
    isConsent: z.boolean().optional(),
    /** DSG Art. 31 Abs. 2 examples point to the overriding-interest justification they illustrate. */
    parent: LegalBasisCode.optional()
  })
  .refine((b) => b.code.startsWith(b.kind === 'dsg-31' ? 'dsg-31-' : `${b.kind}`), { error: 'catalog.legalBasis.kind' })
  .refine((b) => b.regimes.length === 1 && b.regimes[0] === (b.kind === 'dsg-31' ? 'revdsg' : 'gdpr'), { error: 'catalog.legalBasis.regime' })
export type LegalBasis = z.infer<typeof LegalBasis>
export const LegalBasesFile = z.array(LegalBasis)

// ---------------------------------------------------------------------------------------------
// special-categories.json

/** One item of the GDPR Art. 9(1) list, the Art. 10 category, or one Ziffer of DSG Art. 5 lit. c. */
export const SpecialCategory = z
  .strictObject({
    code: CatalogKey,
    ...entryBase,
    description: Label.optional(),
    /** GDPR: Art. 9(1) special category or Art. 10 criminal data. */
    gdprSpecial: z.enum(['art9', 'art10']).optional(),
    /** DSG Art. 5 lit. c Ziffer 1–6. */
    dsgClause: z.int().min(1).max(6).optional(),
    /** The codes of the closest categories under the other regime (none for social assistance). */
    counterparts: uniqueArray(CatalogKey)
  })
  .refine((c) => c.regimes.length === 1, { error: 'catalog.specialCategory.oneRegime' })
  .refine((c) => (c.regimes[0] === 'gdpr' ? c.gdprSpecial !== undefined && c.dsgClause === undefined : c.dsgClause !== undefined && c.gdprSpecial === undefined), {
    error: 'catalog.specialCategory.classification'
  })
export type SpecialCategory = z.infer<typeof SpecialCategory>

/** One row of the GDPR Art. 9/10 ↔ DSG Art. 5 lit. c difference table; `label` is the topic. */
export const SpecialCategoryDifference = z.strictObject({
  key: CatalogKey,
  ...entryBase,
  gdpr: Label,
  dsg: Label
})
export type SpecialCategoryDifference = z.infer<typeof SpecialCategoryDifference>

export const SpecialCategoriesFile = z.strictObject({
  categories: z.array(SpecialCategory),
  differences: z.array(SpecialCategoryDifference)
})
export type SpecialCategories = z.infer<typeof SpecialCategoriesFile>

// ---------------------------------------------------------------------------------------------
// transfer-mechanisms.json

/** Duties that come with a mechanism, for the consistency checks. */
export const TransferObligation = z.enum([
  /** Inform the supervisory authority of the transfer (GDPR Art. 49(1) 2nd subpara). */
  'inform_sa',
  /** Inform the data subject of the transfer and the compelling interests (GDPR Art. 49(1) 2nd subpara). */
  'inform_data_subject',
  /** Document the assessment and safeguards in the record (GDPR Art. 49(6), Art. 30(1)(e)). */
  'document_assessment',
  /** Needs authorisation by the competent supervisory authority (GDPR Art. 46(3)). */
  'sa_authorisation',
  /** Needs binding and enforceable commitments of the recipient (GDPR Art. 46(2)(e)–(f)). */
  'binding_commitment',
  /** Clauses must be notified to the FDPIC beforehand (DSG Art. 16 Abs. 2 lit. b). */
  'fdpic_prior_notice',
  /** The FDPIC must be informed on request (DSG Art. 17 Abs. 2). */
  'fdpic_on_request'
])
export type TransferObligation = z.infer<typeof TransferObligation>

export const TransferMechanismGroup = z.enum(['adequacy', 'safeguards', 'derogation'])

/** GDPR Art. 45–49 and DSG Art. 16–17: the legal ground of a transfer abroad. */
export const TransferMechanism = z
  .strictObject({
    code: TransferMechanismCode,
    ...entryBase,
    description: Label,
    group: TransferMechanismGroup,
    /** A derogation for specific situations (GDPR Art. 49, DSG Art. 17), not a safeguard. */
    derogation: z.boolean(),
    obligations: uniqueArray(TransferObligation).default([])
  })
  .refine((m) => m.derogation === (m.group === 'derogation'), { error: 'catalog.mechanism.derogation' })
  .refine((m) => m.regimes.length === 1 && m.regimes[0] === (m.code.startsWith('EU-') ? 'gdpr' : 'revdsg'), {
    error: 'catalog.mechanism.regime'
  })
export type TransferMechanism = z.infer<typeof TransferMechanism>
export const TransferMechanismsFile = z.array(TransferMechanism)

// ---------------------------------------------------------------------------------------------
// adequacy.json

/**
 * none: the whole country; dpf: only recipients certified under the regime's Data Privacy
 * Framework (EU-U.S. resp. Swiss-U.S.); scope: only part of the country's law (e.g. Canada's
 * commercial sector) — the note says which part.
 */
export const AdequacyCondition = z.enum(['none', 'dpf', 'scope'])
export type AdequacyCondition = z.infer<typeof AdequacyCondition>

export const AdequateCountry = z
  .strictObject({
    country: CountryCode,
    condition: AdequacyCondition,
    ref: LegalRef,
    note: Label.optional(),
    verify: z.boolean().optional()
  })
  .refine((c) => c.condition === 'none' || c.note !== undefined, { error: 'catalog.adequacy.noteRequired' })
export type AdequateCountry = z.infer<typeof AdequateCountry>

export const AdequateOrganisation = z.strictObject({
  code: CatalogKey,
  label: Label,
  ref: LegalRef,
  note: Label.optional(),
  verify: z.boolean().optional()
})

export const AdequacyList = z.strictObject({
  /** The legal state the list reflects. Adequacy findings change: show this date. */
  validAsOf: IsoDate,
  ref: LegalRef,
  label: Label,
  /** Countries that are not abroad for this regime: the EEA for the GDPR, Switzerland for the DSG. */
  domestic: z.strictObject({ label: Label, ref: LegalRef, countries: uniqueArray(CountryCode).min(1) }),
  countries: z.array(AdequateCountry),
  organisations: z.array(AdequateOrganisation),
  notes: Label.optional(),
  verify: z.boolean().optional()
})
export type AdequacyList = z.infer<typeof AdequacyList>

export const AdequacyFile = z.strictObject({ gdpr: AdequacyList, revdsg: AdequacyList })
export type Adequacy = z.infer<typeof AdequacyFile>

// ---------------------------------------------------------------------------------------------
// countries.json (geography, not law: no ref or regimes)

export const Country = z.strictObject({ code: CountryCode, label: Label })
export type Country = z.infer<typeof Country>
export const CountriesFile = z.array(Country)

// ---------------------------------------------------------------------------------------------
// data-subject-categories.json, data-categories.json

export const DataSubjectCategory = z.strictObject({
  key: DataSubjectKey,
  ...entryBase,
  description: Label,
  /** Vulnerable data subjects, WP248 rev.01 criterion 7 (employees, children, patients …). */
  vulnerable: z.boolean()
})
export type DataSubjectCategory = z.infer<typeof DataSubjectCategory>
export const DataSubjectCategoriesFile = z.array(DataSubjectCategory)

/** The note a category raises automatically when it is selected. */
export const CategoryFlag = z.strictObject({ note: Label, ref: LegalRef, verify: z.boolean().optional() })

export const DataCategoryEntry = z
  .strictObject({
    key: DataCategoryKey,
    ...entryBase,
    description: Label,
    gdprSpecial: GdprSpecial,
    /** DSG Art. 5 lit. c Ziffer that makes the data sensitive, or null. */
    dsgSensitiveClause: z.int().min(1).max(6).nullable(),
    flag: CategoryFlag.nullable(),
    /** WP248 criteria this category hints at in DPIA screening. */
    wp248: uniqueArray(Wp248Criterion).default([]),
    /** Calls for extra care in security measures (e.g. payment data). */
    elevatedRisk: z.boolean().optional(),
    /** Keys of statutory retention rules that typically apply (retention-rules.json). */
    retentionRules: uniqueArray(CatalogKey).default([])
  })
  .refine((c) => c.gdprSpecial === 'none' || c.flag !== null, { error: 'catalog.dataCategory.flagRequired' })
  .refine((c) => c.dsgSensitiveClause === null || c.flag !== null, { error: 'catalog.dataCategory.flagRequired' })
export type DataCategoryEntry = z.infer<typeof DataCategoryEntry>
export const DataCategoriesFile = z.array(DataCategoryEntry)

// ---------------------------------------------------------------------------------------------
// retention-rules.json

/**
 * duty: statutory minimum retention (erasing earlier is unlawful); limitation: a limitation
 * period that justifies keeping, not a duty; practice: common practice, not statutory;
 * principle: a rule on what may be kept or when to erase, without a fixed period.
 */
export const RetentionKind = z.enum(['duty', 'limitation', 'practice', 'principle'])

export const RetentionRuleEntry = z
  .strictObject({
    key: CatalogKey,
    label: Label,
    description: Label.optional(),
    country: z.enum(['DE', 'CH']),
    kind: RetentionKind,
    period: RetentionPeriod.nullable(),
    /** The period is a minimum ("at least 2 years"). */
    minimum: z.boolean().default(false),
    /** Wording where the period is not a plain amount ("until the end of the 6th calendar year …"). */
    periodNote: Label.optional(),
    startEvent: Label.nullable(),
    /** The statute, e.g. "HGB § 257 Abs. 1 Nr. 4"; the legal reference of the rule. */
    legalReference: LegalRef,
    regimes: Regimes,
    notes: Label.optional(),
    verify: z.boolean().optional()
  })
  .refine((r) => r.kind === 'principle' || r.period !== null, { error: 'catalog.retention.periodRequired' })
  .refine((r) => r.regimes.length === 1 && r.regimes[0] === (r.country === 'DE' ? 'gdpr' : 'revdsg'), { error: 'catalog.retention.regime' })
export type RetentionRuleEntry = z.infer<typeof RetentionRuleEntry>
export const RetentionRulesFile = z.array(RetentionRuleEntry)

// ---------------------------------------------------------------------------------------------
// taxonomies.json

export const ControlArea = z.strictObject({
  code: ControlAreaCode,
  ...entryBase,
  /** The objective of the control. */
  description: Label,
  /** Typical measures. */
  examples: Label,
  /** The mapping the source gives; guidance for the TOM catalogue, not a constraint. */
  mapsTo: z.strictObject({
    art32: uniqueArray(Art32Letter),
    sdmGoals: uniqueArray(SdmCode),
    dsvControls: uniqueArray(DsvCode),
    other: LegalRef.optional()
  })
})
export type ControlArea = z.infer<typeof ControlArea>

export const SdmGoal = z.strictObject({ code: SdmCode, number: z.int().min(1).max(7), ...entryBase, description: Label })
export type SdmGoal = z.infer<typeof SdmGoal>

/** DSV Art. 2 goals the Art. 3 measures serve. */
export const DsvGoal = z.enum(['confidentiality', 'availability_integrity', 'traceability'])

export const DsvControl = z.strictObject({ code: DsvCode, goal: DsvGoal, ...entryBase, description: Label })
export type DsvControl = z.infer<typeof DsvControl>

export const Art32Entry = z.strictObject({ code: Art32Letter, ...entryBase, description: Label })
export const Wp248Entry = z.strictObject({ code: Wp248Criterion, ...entryBase, description: Label.optional() })
export const Art35Entry = z.strictObject({ code: Art35Case, ...entryBase, description: Label.optional() })
export const Dsg22Entry = z.strictObject({ code: Dsg22Case, ...entryBase, description: Label.optional() })

export const TaxonomiesFile = z.strictObject({
  controlAreas: z.array(ControlArea),
  sdmGoals: z.array(SdmGoal),
  dsvControls: z.array(DsvControl),
  art32: z.array(Art32Entry),
  wp248: z.array(Wp248Entry),
  art35_3: z.array(Art35Entry),
  dsg22: z.array(Dsg22Entry)
})
export type Taxonomies = z.infer<typeof TaxonomiesFile>

// ---------------------------------------------------------------------------------------------
// toms.json (TOM catalogue)

/** A catalogue measure, mapped to all four structures (classic areas, SDM, GDPR Art. 32(1), DSV Art. 3). */
export const TomEntry = z.strictObject({
  key: TomKey,
  label: Label,
  description: Label,
  controlAreas: uniqueArray(ControlAreaCode).min(1),
  sdmGoals: uniqueArray(SdmCode).min(1),
  art32: uniqueArray(Art32Letter).min(1),
  dsvControls: uniqueArray(DsvCode).min(1),
  kind: z.enum(['technical', 'organisational']),
  ref: LegalRef.optional(),
  notes: Label.optional(),
  verify: z.boolean().optional()
})
export type TomEntry = z.infer<typeof TomEntry>
export const TomsFile = z.array(TomEntry)

// ---------------------------------------------------------------------------------------------
// activity-templates.json

export const TemplateRecipient = z.strictObject({ label: Label, kind: RecipientKind })

export const TemplateRetention = z.strictObject({
  dataCategory: DataCategoryKey.nullable(),
  period: RetentionPeriod.nullable(),
  criteria: Label,
  startEvent: Label,
  /** May be empty where no statute sets the period (e.g. "until the account is closed"). */
  legalReference: z.string().max(400),
  regimes: Regimes,
  /** The retention rule (retention-rules.json) this entry instantiates, if any. */
  rule: CatalogKey.optional()
})

/** A ready-made processing activity (GDPR Art. 30(1), DSG Art. 12 Abs. 2) to start a record from. */
export const ActivityTemplate = z.strictObject({
  key: CatalogKey,
  label: Label,
  description: Label,
  purposes: z.array(Label).min(1),
  legalBases: uniqueArray(LegalBasisCode).min(1),
  dataSubjects: uniqueArray(DataSubjectKey),
  dataCategories: uniqueArray(DataCategoryKey),
  recipients: z.array(TemplateRecipient),
  retention: z.array(TemplateRetention),
  toms: uniqueArray(TomKey),
  dpiaHints: uniqueArray(Wp248Criterion).max(9),
  regimes: Regimes,
  notes: Label.optional(),
  verify: z.boolean().optional()
})
export type ActivityTemplate = z.infer<typeof ActivityTemplate>
export const ActivityTemplatesFile = z.array(ActivityTemplate)

// ---------------------------------------------------------------------------------------------
// The bundle

/** "2026.11.1": year.month.patch of the catalog release. */
export const CatalogVersion = z.string().regex(/^\d{4}\.(?:[1-9]|1[0-2])\.\d+$/)

const duplicates = (values: readonly unknown[]): unknown[] => values.filter((v, i) => values.indexOf(v) !== i)

/** All catalog files in one validated object, with referential integrity between them. */
export const CatalogBundle = z
  .strictObject({
    catalogVersion: CatalogVersion,
    validAsOf: IsoDate,
    legalBases: LegalBasesFile,
    specialCategories: SpecialCategoriesFile,
    transferMechanisms: TransferMechanismsFile,
    adequacy: AdequacyFile,
    countries: CountriesFile,
    dataSubjectCategories: DataSubjectCategoriesFile,
    dataCategories: DataCategoriesFile,
    retentionRules: RetentionRulesFile,
    taxonomies: TaxonomiesFile,
    toms: TomsFile,
    activityTemplates: ActivityTemplatesFile
  })
  .superRefine((b, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message })
    }
    const unique = (path: string, values: readonly unknown[]): void => {
      for (const d of duplicates(values)) issue([path], `duplicate code ${String(d)}`)
    }
    const complete = (path: string, values: readonly unknown[], expected: readonly unknown[]): void => {
      for (const e of expected) if (!values.includes(e)) issue([path], `missing entry ${String(e)}`)
    }

    unique('legalBases', b.legalBases.map((x) => x.code))
    complete('legalBases', b.legalBases.map((x) => x.code), legalBasisCodes)
    unique('transferMechanisms', b.transferMechanisms.map((x) => x.code))
    complete('transferMechanisms', b.transferMechanisms.map((x) => x.code), transferMechanismCodes)
    unique('dataSubjectCategories', b.dataSubjectCategories.map((x) => x.key))
    complete('dataSubjectCategories', b.dataSubjectCategories.map((x) => x.key), dataSubjectKeys)
    unique('dataCategories', b.dataCategories.map((x) => x.key))
    complete('dataCategories', b.dataCategories.map((x) => x.key), dataCategoryKeys)
    unique('retentionRules', b.retentionRules.map((x) => x.key))
    unique('countries', b.countries.map((x) => x.code))
    unique('specialCategories', b.specialCategories.categories.map((x) => x.code))
    unique('specialCategories.differences', b.specialCategories.differences.map((x) => x.key))
    unique('toms', b.toms.map((x) => x.key))
    unique('activityTemplates', b.activityTemplates.map((x) => x.key))

    const t = b.taxonomies
    unique('taxonomies.controlAreas', t.controlAreas.map((x) => x.code))
    complete('taxonomies.controlAreas', t.controlAreas.map((x) => x.code), controlAreaCodes)
    unique('taxonomies.sdmGoals', t.sdmGoals.map((x) => x.code))
    complete('taxonomies.sdmGoals', t.sdmGoals.map((x) => x.code), sdmCodes)
    unique('taxonomies.dsvControls', t.dsvControls.map((x) => x.code))
    complete('taxonomies.dsvControls', t.dsvControls.map((x) => x.code), dsvCodes)
    unique('taxonomies.art32', t.art32.map((x) => x.code))
    complete('taxonomies.art32', t.art32.map((x) => x.code), Art32Letter.options)
    unique('taxonomies.wp248', t.wp248.map((x) => x.code))
    complete('taxonomies.wp248', t.wp248.map((x) => x.code), [1, 2, 3, 4, 5, 6, 7, 8, 9])
    unique('taxonomies.art35_3', t.art35_3.map((x) => x.code))
    complete('taxonomies.art35_3', t.art35_3.map((x) => x.code), Art35Case.options)
    unique('taxonomies.dsg22', t.dsg22.map((x) => x.code))
    complete('taxonomies.dsg22', t.dsg22.map((x) => x.code), Dsg22Case.options)

    // Cross references.
    for (const [i, basis] of b.legalBases.entries()) {
      if (basis.parent !== undefined && !b.legalBases.some((x) => x.code === basis.parent)) issue(['legalBases', i, 'parent'], `unknown ${basis.parent}`)
    }
    const special = new Set(b.specialCategories.categories.map((x) => x.code))
    for (const [i, cat] of b.specialCategories.categories.entries()) {
      for (const c of cat.counterparts) if (!special.has(c)) issue(['specialCategories', 'categories', i, 'counterparts'], `unknown ${c}`)
    }
    const rules = new Set(b.retentionRules.map((x) => x.key))
    for (const [i, cat] of b.dataCategories.entries()) {
      for (const r of cat.retentionRules) if (!rules.has(r)) issue(['dataCategories', i, 'retentionRules'], `unknown retention rule ${r}`)
    }
    const countries = new Set(b.countries.map((x) => x.code))
    for (const regime of ['gdpr', 'revdsg'] as const) {
      const list = b.adequacy[regime]
      for (const c of [...list.domestic.countries, ...list.countries.map((x) => x.country)]) {
        if (!countries.has(c)) issue(['adequacy', regime], `country ${c} has no entry in countries`)
      }
      unique(`adequacy.${regime}.countries`, list.countries.map((x) => x.country))
      for (const c of list.countries) if (list.domestic.countries.includes(c.country)) issue(['adequacy', regime], `${c.country} is domestic and adequate`)
    }
    const toms = new Set(b.toms.map((x) => x.key))
    for (const [i, tpl] of b.activityTemplates.entries()) {
      for (const k of tpl.toms) if (!toms.has(k)) issue(['activityTemplates', i, 'toms'], `unknown TOM ${k}`)
      for (const [j, r] of tpl.retention.entries()) {
        if (r.rule !== undefined && !rules.has(r.rule)) issue(['activityTemplates', i, 'retention', j, 'rule'], `unknown retention rule ${r.rule}`)
      }
    }
  })
export type CatalogBundle = z.infer<typeof CatalogBundle>
export type CatalogBundleInput = z.input<typeof CatalogBundle>

// ---------------------------------------------------------------------------------------------
// Pure helpers (usable in the renderer)

/**
 * The label in a locale. de-CH falls back to de with ß written as ss (the Swiss spelling), so an
 * explicit de-CH string is only needed where Swiss terms differ.
 */
export function label(entry: Label | { readonly label: Label }, locale: Locale): string {
  const l: Label = 'label' in entry ? entry.label : entry
  if (locale === 'de-CH') return l['de-CH'] ?? l.de.replaceAll('ß', 'ss')
  return l[locale]
}
