import { resolve } from 'node:path'
import { str } from './args'
import { currentPassphraseSource, openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'
import { readPassphrase } from './passphrase'

/** `dpo backup FILE --to PATH`: workspace.backup, optionally under a new passphrase. */
export const backupCommand: Command = {
  name: 'backup',
  usage: 'dpo backup FILE --to PATH [--new-passphrase-file F]',
  summary: 'cli.cmd.backup',
  details: 'cli.cmd.backup.details',
  options: { to: { type: 'string' }, 'new-passphrase-file': { type: 'string' } },
  optionHelp: [
    ['--to PATH', 'cli.opt.to'],
    ['--new-passphrase-file F', 'cli.opt.newPassphraseFile']
  ],
  examples: ['dpo backup "Muster AG.dpo" --to "Sicherung/Muster AG 2025-06-30.dpo"', 'DPO_NEW_PASSPHRASE="…" dpo backup "Muster AG.dpo" --to fuer-kunde.dpo'],

  async run(ctx) {
    const { core, out, values, terminal } = ctx
    const to = str(values, 'to')
    if (!to) throw usageError('cli.usage.missingValue', { option: '--to' }, 'backup')
    const nextFile = str(values, 'new-passphrase-file')
    if (nextFile === '-' && str(values, 'passphrase-file') === '-') throw usageError('cli.passphrase.stdinTwice', {}, 'backup')
    const { passphrase } = await openWorkspace(ctx)
    // A new passphrase only when one is given: by file or DPO_NEW_PASSPHRASE (never prompted).
    const newPassphrase =
      nextFile !== undefined || terminal.env.DPO_NEW_PASSPHRASE
        ? await readPassphrase({ file: nextFile, flag: '--new-passphrase-file', env: 'DPO_NEW_PASSPHRASE', prompt: '', confirm: false }, terminal)
        : undefined
    const result = await core.call('workspace.backup', { file: resolve(to), passphrase, ...(newPassphrase ? { newPassphrase } : {}) })
    out.result(result, () => [out.t('cli.backup.written', { file: result.file, bytes: out.number(result.bytes), sha256: result.sha256 })])
    return ExitCode.OK
  }
}

/** `dpo restore BACKUP --to FILE`: workspace.restore; the copy is checked with the backup's passphrase. */
export const restoreCommand: Command = {
  name: 'restore',
  usage: 'dpo restore BACKUP --to FILE',
  summary: 'cli.cmd.restore',
  details: 'cli.cmd.restore.details',
  options: { to: { type: 'string' } },
  optionHelp: [['--to PATH', 'cli.opt.to']],
  examples: ['dpo restore "Sicherung/Muster AG 2025-06-30.dpo" --to "Muster AG.dpo"'],

  async run(ctx) {
    const { core, out, values, file } = ctx
    const to = str(values, 'to')
    if (!to) throw usageError('cli.usage.missingValue', { option: '--to' }, 'restore')
    const passphrase = await readPassphrase(currentPassphraseSource(ctx, out.t('cli.prompt.passphrase', { file })), ctx.terminal)
    const result = await core.call('workspace.restore', { backup: file, file: resolve(to), passphrase })
    out.result(result, () => [out.t('cli.restore.written', { file: result.file, bytes: out.number(result.bytes), sha256: result.sha256 })])
    return ExitCode.OK
  }
}
