import { resolve } from 'node:path'
import { CallError } from '../core'
import type { MessageKey } from '../shared/i18n'
import { MergeResolution, type MergeCandidate, type MergeReport } from '../shared/imports'
import { registryKinds, type RegistryKind } from '../shared/model'
import { flag, str } from './args'
import { openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'
import type { Output } from './output'
import { readPassphrase } from './passphrase'

type Conflict = MergeResolution

/** The selection the app would offer by default: new ones copied, identical ones left, conflicts as asked. */
export function plan(entities: readonly MergeCandidate[], onConflict: Conflict, includeArchived: boolean): Array<{ kind: RegistryKind; id: string; resolution: MergeResolution }> {
  return entities
    .filter((e) => includeArchived || !e.archived)
    .map((e) => ({ kind: e.kind, id: e.id, resolution: e.status === 'new' ? 'copy' : e.status === 'identical' ? 'skip' : onConflict }))
}

function kindsOf(value: string | undefined): RegistryKind[] | undefined {
  if (value === undefined) return undefined
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean)
  const wrong = kinds.find((k) => !(registryKinds as readonly string[]).includes(k))
  if (wrong !== undefined || kinds.length === 0) throw usageError('cli.usage.invalidValue', { option: '--kinds', value: wrong ?? value, allowed: registryKinds.join(', ') }, 'merge')
  return [...new Set(kinds)] as RegistryKind[]
}

/** A wrong passphrase for the other file says which file it was: the workspace itself opened fine. */
function aboutOther(error: unknown, out: Output, other: string): unknown {
  if (error instanceof CallError && error.code === 'WRONG_PASSPHRASE') return new CallError({ code: error.code, message: out.t('cli.merge.wrongPassphrase', { file: other }) })
  return error
}

/**
 * `dpo merge FILE --from OTHER`: imports.mergePreview + imports.merge. Copies the entities of
 * another workspace with their links: new ones are copied, identical ones left alone, conflicts
 * (same name, other content) skipped unless --on-conflict says copy or overwrite.
 */
export const mergeCommand: Command = {
  name: 'merge',
  usage: 'dpo merge FILE --from OTHER [--kinds activities,toms] [--on-conflict skip|copy|overwrite] [--include-archived] [--from-passphrase-file F] [--dry-run] [--json]',
  summary: 'cli.cmd.merge',
  details: 'cli.cmd.merge.details',
  options: {
    from: { type: 'string' },
    kinds: { type: 'string' },
    'on-conflict': { type: 'string', values: MergeResolution.options },
    'include-archived': { type: 'boolean' },
    'from-passphrase-file': { type: 'string' },
    'dry-run': { type: 'boolean' }
  },
  optionHelp: [
    ['--from OTHER', 'cli.opt.mergeFrom'],
    ['--kinds K1,K2', 'cli.opt.kinds'],
    ['--on-conflict skip|copy|overwrite', 'cli.opt.onConflict'],
    ['--include-archived', 'cli.opt.mergeArchived'],
    ['--from-passphrase-file F', 'cli.opt.fromPassphraseFile'],
    ['--dry-run', 'cli.opt.dryRun']
  ],
  examples: [
    'dpo merge "Kunde B.dpo" --from "Kunde A.dpo" --kinds activities,toms --dry-run',
    'DPO_FROM_PASSPHRASE="…" dpo merge "Kunde B.dpo" --from "Kunde A.dpo" --on-conflict overwrite --json'
  ],

  async run(ctx) {
    const { core, out, values, file, terminal } = ctx
    const from = str(values, 'from')
    if (!from) throw usageError('cli.usage.missingValue', { option: '--from' }, 'merge')
    const other = resolve(from)
    if (other === file || other === `${file}.dpo` || `${other}.dpo` === file) throw usageError('cli.merge.sameFile', { file }, 'merge')
    const kinds = kindsOf(str(values, 'kinds'))
    const onConflict = (str(values, 'on-conflict') ?? 'skip') as Conflict
    const fromFile = str(values, 'from-passphrase-file')
    if (fromFile === '-' && str(values, 'passphrase-file') === '-') throw usageError('cli.merge.stdinTwice', {}, 'merge')
    const dryRun = flag(values, 'dry-run')

    await openWorkspace(ctx)
    const passphrase = await readPassphrase(
      { file: fromFile, flag: '--from-passphrase-file', env: 'DPO_FROM_PASSPHRASE', prompt: out.t('cli.prompt.passphrase', { file: other }), confirm: false },
      terminal
    )
    try {
      const preview = await core.call('imports.mergePreview', { file: other, passphrase, ...(kinds ? { kinds } : {}) })
      const selection = plan(preview.entities, onConflict, flag(values, 'include-archived'))
      const report: MergeReport = selection.length
        ? await core.call('imports.merge', { file: other, passphrase, selection, dryRun })
        : { dryRun, copied: 0, overwritten: 0, skipped: 0, matched: 0, entities: [], backupFile: null }
      const conflicts = preview.entities.filter((e) => e.status === 'conflict' && selection.some((s) => s.id === e.id && s.resolution === 'skip'))
      out.result({ organisation: preview.organisation, ...report }, () => reportLines(out, preview.organisation, other, report, conflicts))
      return ExitCode.OK
    } catch (error) {
      throw aboutOther(error, out, other)
    }
  }
}

const actionKey: Record<MergeReport['entities'][number]['action'], MessageKey> = {
  copied: 'cli.merge.copied',
  overwritten: 'cli.merge.overwritten',
  matched: 'cli.merge.matched',
  skipped: 'cli.merge.skipped'
}

function reportLines(out: Output, organisation: string, other: string, report: MergeReport, conflicts: readonly MergeCandidate[]): string[] {
  const name = (e: { ref: string; name: string; kind: RegistryKind }): string => `${e.ref ? `${e.ref} ` : ''}${e.name} (${out.t(`cli.registry.${e.kind}`)})`
  return [
    out.t('cli.merge.from', { organisation, file: other }),
    ...report.entities.filter((e) => e.action !== 'skipped').map((e) => out.t(actionKey[e.action], { entity: name(e) })),
    ...conflicts.map((c) => out.t('cli.merge.conflict', { entity: name(c), fields: c.diff.map((d) => d.field).join(', ') })),
    out.t('cli.merge.summary', {
      mode: report.dryRun ? out.t('cli.import.dryRun') : '',
      copied: out.number(report.copied),
      overwritten: out.number(report.overwritten),
      skipped: out.number(report.skipped),
      matched: out.number(report.matched)
    }),
    ...(report.backupFile ? [out.t('cli.merge.backup', { file: report.backupFile })] : [])
  ]
}
