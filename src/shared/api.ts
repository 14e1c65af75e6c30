import { z } from 'zod'
import { AuditEntry, AuditVerification, Id, Language, Name, Organisation, Regime } from './model'
import { registries, registryKinds, RegistryKindSchema, type RegistryKind } from './model/registry'
import { patchOf } from './patch'
import { exportsContract } from './exports'
import { AdequacyList, Label } from './catalog'
import { Activity, CatalogCode } from './model'
import { CheckAcknowledgeInput, CheckCountsInput, CheckEntityInput, CheckReport, CheckRule, CheckRunInput, CheckUnacknowledgeInput, EntityFindingCounts, Finding } from './checks'
import { checklistContract } from './checklists'
import { importsContract } from './imports'

/**
 * The one contract between every shell and the core. Each method has a zod input and output
 * schema; the typed client, the dispatcher and all three transports are derived from this object.
 */
export interface Method<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
}
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Method<I, O> => ({ input, output })

const Empty = z.strictObject({})
const Ok = z.object({ ok: z.literal(true) })

/** A path on the machine running the core; bounded so junk cannot reach the file system. */
const FilePath = z.string().trim().min(1).max(4096)
/** No silly maximum: long passphrases are welcome, but a megabyte paste is a mistake. */
const Passphrase = z.string().min(1).max(4096)

export const PassphraseStrength = z.object({
  score: z.int().min(0).max(4),
  /** log10 of the estimated guesses an attacker needs. */
  guessesLog10: z.number(),
  weak: z.boolean(),
  warning: z.string(),
  suggestions: z.array(z.string())
})

export const WorkspaceStatus = z.object({
  open: z.boolean(),
  file: z.string().nullable(),
  organisationName: z.string().nullable(),
  regimes: z.array(Regime),
  language: Language.nullable(),
  schemaVersion: z.int().nullable(),
  /** Set after create or change of passphrase when the passphrase is weak. */
  passphraseWarning: PassphraseStrength.nullable(),
  /** Where the copy taken before a migration was written, if this open migrated the file. */
  backupBeforeMigration: z.string().nullable(),
  /** Swiss German terminology (Bearbeitung, Massnahmen, no ß): a Swiss organisation or revDSG only. */
  swissTerminology: z.boolean()
})
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>

export const CreateWorkspaceInput = z.strictObject({
  file: FilePath,
  passphrase: Passphrase,
  organisationName: Name,
  regimes: z.array(Regime).min(1).max(2),
  language: Language,
  demo: z.boolean().default(false)
})

export const OpenWorkspaceInput = z.strictObject({
  file: FilePath,
  passphrase: Passphrase,
  /** Keep the passphrase in the OS keychain (Electron safeStorage) for this file. */
  remember: z.boolean().default(false)
})

export const RecentWorkspace = z.object({
  file: z.string(),
  name: z.string(),
  openedAt: z.iso.datetime(),
  exists: z.boolean(),
  remembered: z.boolean()
})

export const WorkspaceInfo = z.object({
  file: z.string(),
  bytes: z.int(),
  schemaVersion: z.int(),
  appSchemaVersion: z.int(),
  cipher: z.object({ cipher: z.string(), legacy: z.int(), kdfIter: z.int(), pageSize: z.int(), hmac: z.string() }),
  counts: z.record(z.string(), z.int()),
  auditEntries: z.int(),
  auditHead: z.string(),
  migrations: z.array(z.object({ version: z.int(), name: z.string(), checksum: z.string(), appliedAt: z.string() }))
})

export const VerifyReport = z.object({
  ok: z.boolean(),
  integrity: z.array(z.string()),
  cipherIntegrity: z.array(z.string()),
  foreignKeys: z.int(),
  audit: AuditVerification
})

export const Settings = z.object({
  language: Language,
  authorName: z.string().trim().max(200),
  /** Minutes of inactivity before the workspace locks itself; 0 turns auto-lock off. */
  autoLockMinutes: z.int().min(0).max(1440),
  workspacesDir: z.string()
})
export type Settings = z.infer<typeof Settings>

export const SearchHit = z.object({
  kind: RegistryKindSchema,
  id: Id,
  ref: z.string(),
  name: z.string(),
  snippet: z.string(),
  archived: z.boolean()
})

export const ListQuery = z.strictObject({
  query: z.string().max(500).default(''),
  /** Field → accepted values; each field must be one of the registry's filters. */
  filters: z.record(z.string().max(64), z.array(z.union([z.string().max(300), z.number(), z.boolean(), z.null()])).max(500)).default({}),
  sort: z.strictObject({ field: z.string().max(64), dir: z.enum(['asc', 'desc']) }).default({ field: 'ref', dir: 'asc' }),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(20_000).default(200),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude')
})
export type ListQuery = z.input<typeof ListQuery>

export const CatalogOption = z.object({
  value: z.union([z.string(), z.number()]),
  label: Label,
  description: Label.optional(),
  ref: z.string().optional(),
  group: z.string().optional(),
  regimes: z.array(Regime),
  verify: z.boolean().optional()
})
export type CatalogOption = z.infer<typeof CatalogOption>
const optionList = z.array(CatalogOption)
/** Drop-down options for the open workspace's regimes, with labels in every language. */
export const CatalogOptions = z.object({
  legalBases: optionList,
  transferMechanisms: optionList,
  specialCategories: optionList,
  dataSubjects: optionList,
  dataCategories: optionList,
  retentionRules: optionList,
  controlAreas: optionList,
  sdmGoals: optionList,
  dsvControls: optionList,
  art32: optionList,
  wp248: optionList,
  art35_3: optionList,
  dsg22: optionList,
  toms: optionList,
  activityTemplates: optionList
})
export type CatalogOptions = z.infer<typeof CatalogOptions>
export const CatalogKind = z.enum(['dataCategories', 'dataSubjects', 'toms'])
export const CatalogChange = z.object({
  kind: CatalogKind,
  key: z.string(),
  change: z.enum(['new', 'update', 'kept']),
  entityId: Id.nullable(),
  name: z.string(),
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
})
export type CatalogChange = z.infer<typeof CatalogChange>

const IdInput = z.strictObject({ id: Id })
const IdsInput = z.strictObject({ ids: z.array(Id).min(1).max(20_000) })
const Usage = z.array(z.object({ kind: RegistryKindSchema, id: Id, ref: z.string(), name: z.string(), path: z.string() }))

const pageOf = <E extends z.ZodType>(entity: E) => z.object({ rows: z.array(entity), total: z.int() })

type Reg = typeof registries
type RegistryContract = {
  [K in RegistryKind as `${K}.list`]: Method<typeof ListQuery, z.ZodObject<{ rows: z.ZodArray<Reg[K]['entity']>; total: z.ZodInt }>>
} & { [K in RegistryKind as `${K}.get`]: Method<typeof IdInput, Reg[K]['entity']> } & {
  [K in RegistryKind as `${K}.create`]: Method<z.ZodObject<{ data: Reg[K]['input'] }>, Reg[K]['entity']>
} & {
  [K in RegistryKind as `${K}.update`]: Method<
    z.ZodObject<{ id: typeof Id; expectedVersion: z.ZodOptional<z.ZodInt>; changes: ReturnType<typeof patchOf<Reg[K]['input']>> }>,
    Reg[K]['entity']
  >
} & {
  [K in RegistryKind as `${K}.bulkUpdate`]: Method<
    z.ZodObject<{ ids: z.ZodArray<typeof Id>; changes: ReturnType<typeof patchOf<Reg[K]['input']>> }>,
    z.ZodObject<{ updated: z.ZodInt }>
  >
} & { [K in RegistryKind as `${K}.archive` | `${K}.restore`]: Method<typeof IdsInput, z.ZodObject<{ updated: z.ZodInt }>> } & {
  [K in RegistryKind as `${K}.usage`]: Method<typeof IdInput, typeof Usage>
}

function registryContract(): RegistryContract {
  const out: Record<string, Method> = {}
  for (const kind of registryKinds) {
    const r = registries[kind]
    const changes = patchOf(r.input)
    out[`${kind}.list`] = method(ListQuery, pageOf(r.entity))
    out[`${kind}.get`] = method(IdInput, r.entity)
    out[`${kind}.create`] = method(z.strictObject({ data: r.input }), r.entity)
    out[`${kind}.update`] = method(z.strictObject({ id: Id, expectedVersion: z.int().min(1).optional(), changes }), r.entity)
    out[`${kind}.bulkUpdate`] = method(z.strictObject({ ids: IdsInput.shape.ids, changes }), z.object({ updated: z.int() }))
    out[`${kind}.archive`] = method(IdsInput, z.object({ updated: z.int() }))
    out[`${kind}.restore`] = method(IdsInput, z.object({ updated: z.int() }))
    out[`${kind}.usage`] = method(IdInput, Usage)
  }
  return out as RegistryContract
}

export const contract = {
  'app.info': method(
    Empty,
    z.object({ name: z.string(), version: z.string(), schemaVersion: z.int(), shell: z.enum(['electron', 'web', 'cli', 'direct']), keychain: z.boolean() })
  ),
  'settings.get': method(Empty, Settings),
  'settings.update': method(Settings.partial().strict(), Settings),
  'passphrase.strength': method(z.strictObject({ passphrase: Passphrase }), PassphraseStrength),

  'workspace.status': method(Empty, WorkspaceStatus),
  'workspace.create': method(CreateWorkspaceInput, WorkspaceStatus),
  'workspace.open': method(OpenWorkspaceInput, WorkspaceStatus),
  'workspace.openRemembered': method(z.strictObject({ file: FilePath }), WorkspaceStatus),
  'workspace.forgetPassphrase': method(z.strictObject({ file: FilePath }), Ok),
  'workspace.lock': method(Empty, WorkspaceStatus),
  /** Tells the idle timer that the user is active without doing anything else. */
  'workspace.touch': method(Empty, Ok),
  'workspace.changePassphrase': method(z.strictObject({ current: Passphrase, next: Passphrase }), WorkspaceStatus),
  'workspace.recent': method(Empty, z.array(RecentWorkspace)),
  'workspace.forgetRecent': method(z.strictObject({ file: FilePath }), Ok),
  'workspace.info': method(Empty, WorkspaceInfo),
  /** An encrypted copy of the open workspace, with the same passphrase unless a new one is given. */
  'workspace.backup': method(
    z.strictObject({ file: FilePath, passphrase: Passphrase, newPassphrase: Passphrase.optional() }),
    z.object({ file: z.string(), bytes: z.int(), sha256: z.string() })
  ),
  /** Copies a verified backup to a new file (never over an existing one); open it afterwards. */
  'workspace.restore': method(
    z.strictObject({ backup: FilePath, file: FilePath, passphrase: Passphrase }),
    z.object({ file: z.string(), bytes: z.int(), sha256: z.string() })
  ),
  'workspace.verify': method(Empty, VerifyReport),

  'organisation.get': method(Empty, Organisation),
  'organisation.update': method(z.strictObject({ changes: patchOf(Organisation) }), Organisation),

  'catalog.info': method(
    Empty,
    z.object({ catalogVersion: z.string(), validAsOf: z.string(), workspaceCatalogVersion: z.string().nullable(), pending: z.int() })
  ),
  'catalog.options': method(Empty, CatalogOptions),
  /** The adequacy list of each of the workspace's regimes: the EU and Swiss lists differ. */
  'catalog.adequacy': method(Empty, z.array(z.object({ regime: Regime, list: AdequacyList }))),
  'catalog.updates': method(Empty, z.array(CatalogChange)),
  'catalog.apply': method(
    z.strictObject({ items: z.union([z.literal('all'), z.array(z.strictObject({ kind: CatalogKind, key: CatalogCode })).min(1).max(2000)]) }),
    z.object({ applied: z.int(), kept: z.int() })
  ),
  'catalog.addToms': method(z.strictObject({ keys: z.array(CatalogCode).min(1).max(500) }), z.object({ ids: z.array(Id) })),
  'activities.fromTemplate': method(z.strictObject({ templateKey: CatalogCode }), Activity),

  /** Per-workspace view preferences (column order, visibility, filters); not audited, no personal data. */
  'preferences.get': method(z.strictObject({ key: z.string().regex(/^[a-zA-Z0-9._-]{1,100}$/) }), z.object({ value: z.unknown() })),
  'preferences.set': method(z.strictObject({ key: z.string().regex(/^[a-zA-Z0-9._-]{1,100}$/), value: z.json() }), Ok),

  'search.query': method(z.strictObject({ query: z.string().min(1).max(500), limit: z.int().min(1).max(200).default(30) }), z.array(SearchHit)),

  /** A registry list as the user sees it (query, filters, sort, shown columns) as CSV or XLSX, built in memory. */
  'registry.exportView': method(
    z.strictObject({
      kind: RegistryKindSchema,
      query: ListQuery.pick({ query: true, filters: true, sort: true, archived: true }),
      columns: z.array(z.string().max(64)).min(1).max(50),
      format: z.enum(['csv', 'xlsx']),
      locale: z.enum(['de', 'de-CH', 'en']),
      csv: z.strictObject({ bom: z.boolean(), delimiter: z.enum([',', ';']) }).optional()
    }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() })
  ),
  /** Adds one TOM to the tomIds of each entity: one audited update per entity, all in one transaction. */
  'registry.linkTom': method(
    z.strictObject({ kind: z.enum(['activities', 'processorActivities', 'systems']), ids: IdsInput.shape.ids, tomId: Id }),
    z.object({ updated: z.int() })
  ),

  'audit.history': method(z.strictObject({ entity: z.string().max(64), entityId: z.string().max(64) }), z.array(AuditEntry)),
  'audit.list': method(z.strictObject({ offset: z.int().min(0).default(0), limit: z.int().min(1).max(1000).default(100) }), z.object({ rows: z.array(AuditEntry), total: z.int() })),
  'audit.verify': method(Empty, AuditVerification),

  /** Consistency checks over the whole inventory (GDPR Art. 30, revDSG Art. 12 and the rules around them). */
  'checks.run': method(CheckRunInput, CheckReport),
  /** The open findings of a full check counted per entity of one kind, without the findings themselves. */
  'checks.counts': method(CheckCountsInput, EntityFindingCounts),
  /** The findings about one entity (or the organisation): the detail view's findings panel. */
  'checks.entity': method(CheckEntityInput, z.array(Finding)),
  'checks.acknowledge': method(CheckAcknowledgeInput, Ok),
  'checks.unacknowledge': method(CheckUnacknowledgeInput, Ok),
  'checks.rules': method(Empty, z.array(CheckRule)),

  /** Document exports: records of processing, TOM annex, change reports (src/shared/exports.ts). */
  ...exportsContract(ListQuery),
  /**
   * Long exports as jobs (src/core/exports/jobs.ts): `exports.start` takes the input of exports.ropa
   * or exports.toms with `what` and returns at once; `exports.progress` is polled (done/total units
   * over the phases; the result comes once, with the first "done"); `exports.cancel` stops it.
   */
  'exports.start': method(
    z.discriminatedUnion('what', [
      exportsContract(ListQuery)['exports.ropa'].input.extend({ what: z.literal('ropa') }),
      exportsContract(ListQuery)['exports.toms'].input.extend({ what: z.literal('toms') })
    ]),
    z.object({ jobId: Id })
  ),
  'exports.progress': method(
    z.strictObject({ jobId: Id }),
    z.object({
      state: z.enum(['running', 'done', 'failed', 'cancelled']),
      done: z.int().min(0),
      total: z.int().min(0),
      phase: z.enum(['collect', 'render', 'write']),
      result: exportsContract(ListQuery)['exports.ropa'].output.optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional()
    })
  ),
  'exports.cancel': method(z.strictObject({ jobId: Id }), z.object({ state: z.enum(['running', 'done', 'failed', 'cancelled']) })),

  /** Checklists, assessments, findings, actions, attachments and schedules (schemas in ./checklists). */
  ...checklistContract,

  /** Spreadsheet, JSON and workspace imports (schemas in ./imports). */
  ...importsContract,

  ...registryContract()
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>
export const methodNames = Object.keys(contract) as MethodName[]
export const isMethodName = (name: unknown): name is MethodName => typeof name === 'string' && Object.hasOwn(contract, name)
