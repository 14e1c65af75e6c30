import { z } from 'zod'
import { Id } from './model/common'
import { RegistryKindSchema } from './model/registry'

/**
 * Imports (docs/CLI.md "dpo import"): spreadsheets (XLSX, CSV) in two steps — analyse, then
 * preview with a column mapping — and a commit in one transaction after an automatic backup;
 * the JSON export of a record read back losslessly; entities merged from another workspace file.
 */

/** 50 MB of file as base64, and a little room so a larger file gets IMPORT_TOO_LARGE, not a schema error. */
const Base64 = z.string().min(1).max(70_000_000)
const FileName = z.string().trim().min(1).max(500)
const FilePath = z.string().trim().min(1).max(4096)
const Passphrase = z.string().min(1).max(4096)

/** What a spreadsheet column can feed in a processing activity ("ignore": not imported). */
export const ImportField = z.enum([
  'ignore',
  'ref',
  'name',
  'description',
  'purposes',
  'legalBases',
  'legalBasisNotes',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'tomSummary',
  'toms',
  'systems',
  'owner',
  'status',
  'reviewDate',
  'jointControllers',
  'notes'
])
export type ImportField = z.infer<typeof ImportField>

/** Column header (as analyse reports it, after renaming empty and duplicate ones) → field. */
export const ImportMapping = z.record(z.string().max(300), ImportField)
export type ImportMapping = z.infer<typeof ImportMapping>

export const ImportIssue = z.object({
  /** Stable code, e.g. "cell.formula", "header.duplicate", "sheet.hidden", "encoding.windows1252". */
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  sheet: z.string().optional(),
  /** The row as the spreadsheet numbers it (1-based, header row included). */
  row: z.int().optional(),
  column: z.string().optional()
})
export type ImportIssue = z.infer<typeof ImportIssue>

export const ImportSheet = z.object({ name: z.string(), hidden: z.boolean(), rows: z.int(), columns: z.int() })

export const ImportFile = z.strictObject({ fileName: FileName, base64: Base64 })

export const ImportOptions = z.strictObject({
  /** Create data-subject and data categories, recipients, systems and TOMs named in the file but missing. */
  createMissing: z.boolean().default(true),
  /** An empty cell clears the field of an existing activity; off by default, so nothing is lost by a gap. */
  clearEmpty: z.boolean().default(false),
  /** A rejected row aborts the whole commit (nothing written) instead of being skipped and reported. */
  strict: z.boolean().default(false)
})

export const AnalyseResult = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(ImportSheet),
  /** The sheet the headers and samples are from: the first visible one unless asked otherwise. */
  sheet: z.string(),
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())),
  rowCount: z.int(),
  suggestedMapping: ImportMapping,
  issues: z.array(ImportIssue)
})
export type AnalyseResult = z.infer<typeof AnalyseResult>

export const PreviewInput = ImportFile.extend({
  sheet: z.string().max(300).optional(),
  mapping: ImportMapping,
  options: ImportOptions.default({ createMissing: true, clearEmpty: false, strict: false })
})

const CellError = z.object({ column: z.string().nullable(), field: z.string(), message: z.string() })
const FieldDiff = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })

export const PreviewRow = z.object({
  row: z.int(),
  action: z.enum(['create', 'update', 'unchanged', 'skip']),
  matchedBy: z.enum(['ref', 'name']).nullable(),
  existing: z.object({ id: Id, ref: z.string(), name: z.string() }).nullable(),
  /** The activity input as parsed; links as names (new ones are created on commit). */
  data: z.record(z.string(), z.unknown()),
  errors: z.array(CellError),
  warnings: z.array(CellError),
  diff: z.array(FieldDiff)
})
export type PreviewRow = z.infer<typeof PreviewRow>

export const NewEntity = z.object({ kind: RegistryKindSchema, name: z.string() })

export const PreviewResult = z.object({
  sheet: z.string(),
  rows: z.array(PreviewRow),
  counts: z.object({ create: z.int(), update: z.int(), unchanged: z.int(), skip: z.int() }),
  newEntities: z.array(NewEntity),
  issues: z.array(ImportIssue)
})
export type PreviewResult = z.infer<typeof PreviewResult>

export const CommitInput = PreviewInput.extend({ dryRun: z.boolean().default(false) })

const Touched = z.object({ kind: RegistryKindSchema, id: z.string(), ref: z.string(), name: z.string() })

export const ImportReport = z.object({
  dryRun: z.boolean(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  skippedRows: z.array(z.object({ row: z.int(), reasons: z.array(z.string()) })),
  /** Linked entities created because the file named them. */
  createdEntities: z.array(Touched),
  activities: z.array(Touched.extend({ action: z.enum(['create', 'update', 'unchanged']) })),
  /** The encrypted copy taken before writing (`<workspace>.pre-import.<timestamp>.dpo`); null when nothing was written. */
  backupFile: z.string().nullable(),
  issues: z.array(ImportIssue)
})
export type ImportReport = z.infer<typeof ImportReport>

export const JsonImportInput = z.strictObject({
  base64: Base64,
  dryRun: z.boolean().default(false),
  /** replace: the organisation block of the file overwrites the workspace's (into a new workspace). */
  organisation: z.enum(['keep', 'replace']).default('keep')
})

export const JsonImportReport = z.object({
  dryRun: z.boolean(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  entities: z.array(Touched.extend({ action: z.enum(['create', 'update', 'unchanged']) })),
  organisationUpdated: z.boolean(),
  backupFile: z.string().nullable()
})
export type JsonImportReport = z.infer<typeof JsonImportReport>

export const MergePreviewInput = z.strictObject({
  /** The other workspace: a path, or a bare name in the workspaces folder (as for open); never the open one. */
  file: FilePath,
  passphrase: Passphrase,
  kinds: z.array(RegistryKindSchema).max(7).optional(),
  ids: z.array(Id).max(20_000).optional()
})

export const MergeCandidate = z.object({
  kind: RegistryKindSchema,
  id: Id,
  ref: z.string(),
  name: z.string(),
  archived: z.boolean(),
  /** new: nothing alike here; identical: same name and content; conflict: same name (or reference), other content. */
  status: z.enum(['new', 'identical', 'conflict']),
  existing: z.object({ id: Id, ref: z.string(), name: z.string() }).nullable(),
  diff: z.array(FieldDiff),
  /** What this entity links to in the other file (copied along or matched by name on merge). */
  links: z.array(z.object({ kind: RegistryKindSchema, id: Id, name: z.string() }))
})
export type MergeCandidate = z.infer<typeof MergeCandidate>

export const MergePreviewResult = z.object({ organisation: z.string(), entities: z.array(MergeCandidate) })

/** What to do with one selected entity: copy as new, overwrite the matching one here, or leave it out. */
export const MergeResolution = z.enum(['copy', 'skip', 'overwrite'])
export type MergeResolution = z.infer<typeof MergeResolution>

export const MergeInput = z.strictObject({
  file: FilePath,
  passphrase: Passphrase,
  selection: z
    .array(z.strictObject({ kind: RegistryKindSchema, id: Id, resolution: MergeResolution }))
    .min(1)
    .max(20_000),
  /** Computes the exact report (linked entities copied along or matched included) and writes nothing. */
  dryRun: z.boolean().default(false)
})

export const MergeReport = z.object({
  dryRun: z.boolean(),
  copied: z.int(),
  overwritten: z.int(),
  skipped: z.int(),
  /** Linked (or skipped) entities found here by name, catalog key or reference and used instead of a copy. */
  matched: z.int(),
  entities: z.array(Touched.extend({ sourceId: z.string(), action: z.enum(['copied', 'overwritten', 'matched', 'skipped']) })),
  backupFile: z.string().nullable()
})
export type MergeReport = z.infer<typeof MergeReport>

export const SavedMapping = z.object({ name: z.string().trim().min(1).max(100), mapping: ImportMapping, savedAt: z.iso.datetime() })

type Spec<I extends z.ZodType, O extends z.ZodType> = { readonly input: I; readonly output: O }
const spec = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Spec<I, O> => ({ input, output })

export const importsContract = {
  /** Step 1: sheets, headers, samples, a suggested mapping and what looks odd; reads nothing from the workspace but its language. */
  'imports.analyse': spec(ImportFile.extend({ sheet: z.string().max(300).optional() }), AnalyseResult),
  /** Step 2: every row parsed and validated, matched against the workspace (create, update, unchanged), with field diffs. */
  'imports.preview': spec(PreviewInput, PreviewResult),
  /** Step 3: one transaction after an automatic encrypted backup; a dry run writes nothing. */
  'imports.commit': spec(CommitInput, ImportReport),
  /** The JSON export of a record (exports.ropa format json), read back. */
  'imports.json': spec(JsonImportInput, JsonImportReport),
  'imports.mergePreview': spec(MergePreviewInput, MergePreviewResult),
  'imports.merge': spec(MergeInput, MergeReport),
  'imports.saveMapping': spec(z.strictObject({ name: z.string().trim().min(1).max(100), mapping: ImportMapping }), z.object({ ok: z.literal(true) })),
  'imports.mappings': spec(z.strictObject({}), z.array(SavedMapping))
}
