import { z } from 'zod'
import { RetentionPeriod } from './model/activity'
import { CountryCode, Id, IsoDate, Language, Regime } from './model/common'
import { GdprSpecial } from './model/data-category'
import { RecipientKind } from './model/recipient'

/**
 * Document exports: the contract of `exports.*` and the published format of the JSON export of a
 * record of processing activities (docs/schemas/ropa-export.schema.json is generated from
 * `RopaExportFile` with z.toJSONSchema and kept in sync by a test).
 *
 * The ListQuery of a filtered scope lives in api.ts, which imports this file: the contract is
 * therefore made by `exportsContract(ListQuery)` so neither module imports the other at load time.
 */

// ---------------------------------------------------------------------------------------------
// Choices

/**
 * gdpr-controller: GDPR Art. 30(1); gdpr-processor: GDPR Art. 30(2) (processor activities);
 * revdsg: revDSG Art. 12 Abs. 2 (controller activities under the revDSG); revdsg-processor:
 * revDSG Art. 12 Abs. 3 (processor activities).
 */
export const RopaKind = z.enum(['gdpr-controller', 'gdpr-processor', 'revdsg', 'revdsg-processor'])
export type RopaKind = z.infer<typeof RopaKind>

/** authority: the statutory minimum, concise. internal: everything the workspace knows. */
export const RopaDepth = z.enum(['authority', 'internal'])
export type RopaDepth = z.infer<typeof RopaDepth>

export const RopaFormat = z.enum(['pdf', 'docx', 'xlsx', 'csv', 'json'])
export type RopaFormat = z.infer<typeof RopaFormat>

export const DocumentFormat = z.enum(['pdf', 'docx'])
export const ChangesFormat = z.enum(['pdf', 'docx', 'json'])

/** What an export-log row records. */
export const ExportWhat = z.enum(['ropa-controller', 'ropa-processor', 'toms', 'changes', 'assessment'])
export type ExportWhat = z.infer<typeof ExportWhat>

export const CsvOptions = z.strictObject({
  /** A UTF-8 byte order mark, so Excel reads the umlauts. */
  bom: z.boolean().default(true),
  delimiter: z.enum([',', ';']).default(';')
})

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

// ---------------------------------------------------------------------------------------------
// Results

export const ExportResult = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  /** SHA-256 of the produced bytes (hex); also in the export log. */
  sha256: sha256Hex,
  bytes: z.int().min(0),
  /** The audit-chain head of the content the document was made from (see docs/EXPORTS.md). */
  auditHead: sha256Hex,
  exportId: Id
})
export type ExportResult = z.infer<typeof ExportResult>

export const ExportScopeRecord = z.object({
  type: z.enum(['all', 'filter', 'ids']),
  query: z.record(z.string(), z.unknown()).optional(),
  ids: z.array(z.string()).optional()
})

export const ExportLogEntry = z.object({
  id: Id,
  at: z.iso.datetime(),
  author: z.string(),
  what: ExportWhat,
  format: z.string(),
  lang: Language,
  regime: Regime.nullable(),
  depth: z.string().nullable(),
  /** What was exported: the scope of a record, the options of a TOM annex, the start of a change report. */
  scope: z.record(z.string(), z.unknown()),
  auditHead: sha256Hex,
  sha256: sha256Hex,
  bytes: z.int().min(0)
})
export type ExportLogEntry = z.infer<typeof ExportLogEntry>

// ---------------------------------------------------------------------------------------------
// The contract (spread into api.ts)

type Spec<I extends z.ZodType, O extends z.ZodType> = { readonly input: I; readonly output: O }
const spec = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Spec<I, O> => ({ input, output })

export function exportScope<Q extends z.ZodType>(listQuery: Q) {
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('all') }),
    /** The same filters as `<kind>.list`: "export the current view". */
    z.strictObject({ type: z.literal('filter'), query: listQuery }),
    z.strictObject({ type: z.literal('ids'), ids: z.array(Id).min(1).max(20_000) })
  ])
}

export function exportsContract<Q extends z.ZodType>(listQuery: Q) {
  return {
    'exports.ropa': spec(
      z.strictObject({
        kind: RopaKind,
        depth: RopaDepth.default('authority'),
        format: RopaFormat,
        lang: Language,
        scope: exportScope(listQuery).default({ type: 'all' }),
        includeArchived: z.boolean().default(false),
        csv: CsvOptions.optional()
      }),
      ExportResult
    ),
    /** The TOM annex to an Art. 28 contract, grouped by classic control area or SDM protection goal. */
    'exports.toms': spec(
      z.strictObject({
        groupBy: z.enum(['controlArea', 'sdmGoal']).default('controlArea'),
        onlyImplemented: z.boolean().default(false),
        format: DocumentFormat,
        lang: Language
      }),
      ExportResult
    ),
    /** The report of one assessment: answers, findings, remediation actions, score. */
    'exports.assessment': spec(z.strictObject({ id: Id, format: DocumentFormat, lang: Language }), ExportResult),
    'exports.log': spec(z.strictObject({}), z.array(ExportLogEntry)),
    /**
     * The changes recorded in the audit trail after a point: an export-log row (`exportId`), an audit
     * sequence number (`sinceSeq`), or the last export of a kind (`lastOf`; default: the last export).
     */
    'exports.changesSince': spec(
      z.strictObject({
        exportId: Id.optional(),
        sinceSeq: z.int().min(0).optional(),
        lastOf: z.union([RopaKind, z.literal('toms')]).optional(),
        format: ChangesFormat,
        lang: Language
      }),
      ExportResult
    )
  }
}

// ---------------------------------------------------------------------------------------------
// The JSON export of a record (published schema)

const Text = z.string()
const EntityRef = z.object({ id: Id, ref: z.string(), name: Text })
/** A catalog entry as printed: its code, its label in the document's language and its legal reference. */
const Coded = z.object({ code: z.string(), label: Text, ref: z.string().nullable() })
const CountryRef = z.object({ code: CountryCode, name: Text })
const ContactBlock = z.object({ name: Text, address: Text, email: Text, phone: Text })

export const RopaParty = z.object({
  role: z.enum(['controller', 'processor']),
  name: Text,
  address: Text,
  country: CountryRef.nullable(),
  contact: ContactBlock,
  /** EU representative (GDPR Art. 27) or Swiss representative (revDSG Art. 14); null when none. */
  representative: ContactBlock.nullable(),
  /** DPO (GDPR Art. 37) or Swiss data protection advisor (revDSG Art. 10); null when none. */
  dpo: ContactBlock.nullable(),
  supervisoryAuthority: Text.optional(),
  headcount: z.int().nullable().optional()
})

const DataCategoryRow = EntityRef.extend({
  gdprSpecial: GdprSpecial,
  dsgSensitiveClause: z.int().min(1).max(6).nullable(),
  /** "special category (GDPR Art. 9)" … in the document's language; empty when not special. */
  specialNote: Text
})
const RecipientRow = EntityRef.extend({ kind: RecipientKind, kindLabel: Text, country: CountryRef.nullable() })
const TransferRow = z.object({
  country: CountryRef,
  recipient: EntityRef.nullable(),
  mechanism: Coded.nullable(),
  notes: Text
})
const RetentionRow = z.object({
  dataCategory: EntityRef.nullable(),
  period: RetentionPeriod.nullable(),
  /** The period as printed ("10 Jahre ab Ende des Geschäftsjahres"); empty when only criteria are given. */
  periodText: Text,
  criteria: Text,
  startEvent: Text,
  legalReference: Text,
  deletionProcedure: Text.optional()
})
const TomRow = EntityRef.extend({ status: z.string(), statusLabel: Text })
const Status = z.object({ code: z.string(), label: Text })
const Dpia = z.object({
  result: Status.nullable(),
  criteria: z.array(Coded),
  justification: Text,
  screenedAt: IsoDate.nullable()
})

const entryBase = {
  id: Id,
  ref: z.string(),
  name: Text,
  archivedAt: z.iso.datetime().nullable(),
  // Internal depth only.
  description: Text.optional(),
  systems: z.array(EntityRef).optional(),
  toms: z.array(TomRow).optional(),
  owner: Text.optional(),
  status: Status.optional(),
  reviewDate: IsoDate.nullable().optional(),
  notes: Text.optional(),
  version: z.int().optional(),
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional()
}

export const RopaActivity = z.object({
  type: z.literal('activity'),
  ...entryBase,
  /** Joint controllers (GDPR Art. 26), where applicable; empty when none. */
  jointControllers: Text,
  purposes: z.array(Text),
  dataSubjectCategories: z.array(EntityRef.extend({ vulnerable: z.boolean() })),
  dataCategories: z.array(DataCategoryRow),
  recipients: z.array(RecipientRow),
  /** Only the transfers recorded under the record's regime. */
  transfers: z.array(TransferRow),
  retention: z.array(RetentionRow),
  /** General description of the security measures. */
  securityMeasures: Text,
  // Internal depth only.
  role: Status.optional(),
  legalBases: z.array(Coded).optional(),
  legalBasisNotes: Text.optional(),
  dpia: Dpia.optional(),
  approvedBy: Text.optional(),
  approvedAt: IsoDate.nullable().optional(),
  regimes: z.array(Regime).optional()
})
export type RopaActivity = z.infer<typeof RopaActivity>

export const ServedControllerRow = z.object({ name: Text, address: Text, email: Text, phone: Text, representative: Text, dpo: Text })

export const RopaProcessorActivity = z.object({
  type: z.literal('processorActivity'),
  ...entryBase,
  controllers: z.array(ServedControllerRow),
  processingCategories: z.array(Text),
  transfers: z.array(TransferRow),
  securityMeasures: Text,
  // Internal depth only.
  subProcessors: z.array(RecipientRow).optional()
})
export type RopaProcessorActivity = z.infer<typeof RopaProcessorActivity>

export const RopaEntry = z.discriminatedUnion('type', [RopaActivity, RopaProcessorActivity])
export type RopaEntry = z.infer<typeof RopaEntry>

/** A field of the record as the documents print it: key (a property of the entries), label and legal reference. */
export const RopaField = z.object({ key: z.string(), label: Text, ref: z.string() })
export type RopaField = z.infer<typeof RopaField>

export const RopaMeta = z.object({
  /** Varies per export: a random UUID, also the id of the export-log row. */
  exportId: Id,
  /** Varies per export: the document ID printed on the cover. */
  documentId: z.string(),
  /** Varies per export. */
  generatedAt: z.iso.datetime(),
  generator: z.object({ name: z.string(), version: z.string() }),
  catalogVersion: z.string(),
  kind: RopaKind,
  regime: Regime,
  role: z.enum(['controller', 'processor']),
  depth: RopaDepth,
  lang: Language,
  locale: z.enum(['de', 'de-CH', 'en']),
  title: Text,
  legalBasis: Text,
  scope: ExportScopeRecord,
  includeArchived: z.boolean(),
  /** Hash of the last content entry of the audit chain when the export was made (export-log entries are skipped). */
  auditHead: sha256Hex,
  /** Its sequence number: the revision of the workspace content the record shows. */
  auditSeq: z.int().min(0),
  entries: z.int().min(0),
  /** SHA-256 (hex) of the UTF-8 bytes of JSON.stringify([fields, organisation, entries]). */
  contentSha256: sha256Hex
})

export const RopaExportFile = z.object({
  format: z.literal('dpo-workbench/ropa'),
  formatVersion: z.literal(1),
  meta: RopaMeta,
  /** The per-entry fields in the order every format prints them, with labels in the document's language. */
  fields: z.array(RopaField),
  organisation: RopaParty,
  entries: z.array(RopaEntry)
})
export type RopaExportFile = z.infer<typeof RopaExportFile>

/** The JSON Schema published as docs/schemas/ropa-export.schema.json (draft-07: the widest tool support). */
export function ropaJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dpo-workbench.example/schemas/ropa-export.schema.json',
    title: 'DPO Workbench – record of processing activities (JSON export)',
    ...z.toJSONSchema(RopaExportFile, { target: 'draft-7', io: 'output' })
  }
}

// ---------------------------------------------------------------------------------------------
// The JSON export of a change report

export const ChangeRow = z.object({
  seq: z.int(),
  at: z.iso.datetime(),
  author: z.string(),
  action: z.string(),
  field: z.string(),
  fieldLabel: Text,
  before: z.unknown(),
  after: z.unknown(),
  /** before/after as printed, with linked ids resolved to names. */
  beforeText: Text,
  afterText: Text
})

export const ChangesExportFile = z.object({
  format: z.literal('dpo-workbench/changes'),
  formatVersion: z.literal(1),
  meta: z.object({
    exportId: Id,
    documentId: z.string(),
    generatedAt: z.iso.datetime(),
    lang: Language,
    /** The changes after this audit entry (0: from the start) … */
    sinceSeq: z.int().min(0),
    sinceHash: z.string(),
    /** … up to this one. */
    untilSeq: z.int().min(0),
    auditHead: sha256Hex,
    /** The export-log row the report starts from, if it was chosen by one. */
    sinceExport: ExportLogEntry.nullable()
  }),
  entities: z.array(
    z.object({ kind: z.string(), kindLabel: Text, id: z.string(), ref: z.string(), name: Text, changes: z.array(ChangeRow) })
  )
})
export type ChangesExportFile = z.infer<typeof ChangesExportFile>
