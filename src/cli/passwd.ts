import { str } from './args'
import { openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'
import { readPassphrase } from './passphrase'

/** `dpo passwd FILE`: workspace.changePassphrase; the file is rekeyed in place. */
export const passwd: Command = {
  name: 'passwd',
  usage: 'dpo passwd FILE [--new-passphrase-file F]',
  summary: 'cli.cmd.passwd',
  details: 'cli.cmd.passwd.details',
  options: { 'new-passphrase-file': { type: 'string' } },
  optionHelp: [['--new-passphrase-file F', 'cli.opt.newPassphraseFile']],
  examples: ['dpo passwd "Muster AG.dpo"', 'DPO_PASSPHRASE="…" DPO_NEW_PASSPHRASE="…" dpo passwd "Muster AG.dpo"'],

  async run(ctx) {
    const { core, out, file, values } = ctx
    const nextFile = str(values, 'new-passphrase-file')
    if (nextFile === '-' && str(values, 'passphrase-file') === '-') throw usageError('cli.passphrase.stdinTwice', {}, 'passwd')
    // The current passphrase first: a wrong one stops here, before a new one is asked for.
    const { passphrase: current } = await openWorkspace(ctx, 'cli.prompt.currentPassphrase')
    const next = await readPassphrase(
      { file: nextFile, flag: '--new-passphrase-file', env: 'DPO_NEW_PASSPHRASE', prompt: out.t('cli.prompt.newPassphrase', { file }), confirm: true },
      ctx.terminal
    )
    const status = await core.call('workspace.changePassphrase', { current, next })
    out.weakPassphrase(status.passphraseWarning)
    out.result(status, () => [out.t('cli.passwd.changed', { file: status.file ?? file }), out.t('cli.passwd.backups')])
    return ExitCode.OK
  }
}
