import type { Core } from '../core'
import type { WorkspaceStatus } from '../shared/api'
import type { MessageKey } from '../shared/i18n'
import type { Language } from '../shared/model'
import type { OptionSpecs, Values } from './args'
import type { Output } from './output'
import { readPassphrase, type PassphraseSource, type Terminal } from './passphrase'

/** What every command gets. */
export interface CommandContext {
  core: Core
  out: Output
  terminal: Terminal
  /** FILE, already absolute (resolved against the current folder, not the workspaces folder). */
  file: string
  values: Values
  language: Language
}

/** One `dpo` command: its options, its help, and what it does. */
export interface Command {
  name: string
  /** The synopsis, e.g. "dpo info FILE". */
  usage: string
  summary: MessageKey
  details: MessageKey
  options: OptionSpecs
  /** Option as shown in the help ("--regime gdpr|revdsg|both") and its description. */
  optionHelp: ReadonlyArray<readonly [string, MessageKey]>
  examples: readonly string[]
  /** Per-command overrides of the core's options, read from the command line (init --author). */
  author?: (values: Values) => string | undefined
  run(ctx: CommandContext): Promise<number>
}

export function currentPassphraseSource(ctx: CommandContext, prompt: string, confirm = false): PassphraseSource {
  const file = ctx.values['passphrase-file']
  return { file: typeof file === 'string' ? file : undefined, flag: '--passphrase-file', env: 'DPO_PASSPHRASE', prompt, confirm }
}

/** Opens FILE with the passphrase from its sources; Swiss wording follows the workspace's regimes. */
export async function openWorkspace(
  ctx: CommandContext,
  promptKey: 'cli.prompt.passphrase' | 'cli.prompt.currentPassphrase' = 'cli.prompt.passphrase'
): Promise<{ status: WorkspaceStatus; passphrase: string }> {
  const passphrase = await readPassphrase(currentPassphraseSource(ctx, ctx.out.t(promptKey, { file: ctx.file })), ctx.terminal)
  const status = await ctx.core.call('workspace.open', { file: ctx.file, passphrase })
  ctx.out.useRegimes(status.regimes)
  // Opening a workspace from an older version migrates it, as in the app, after keeping a copy.
  if (status.backupBeforeMigration) ctx.out.warn(ctx.out.t('cli.migrated', { schema: status.schemaVersion ?? '?', backup: status.backupBeforeMigration }))
  return { status, passphrase }
}
