import { basename, extname } from 'node:path'
import type { Regime } from '../shared/model'
import { flag, str } from './args'
import { currentPassphraseSource, type Command } from './command'
import { ExitCode } from './errors'
import { readPassphrase } from './passphrase'

const regimeChoices = { gdpr: ['gdpr'], revdsg: ['revdsg'], both: ['gdpr', 'revdsg'] } as const satisfies Record<string, Regime[]>

/** `dpo init FILE`: workspace.create, with the demo company on request. */
export const init: Command = {
  name: 'init',
  usage: 'dpo init FILE [--demo] [--org NAME] [--regime gdpr|revdsg|both] [--lang de|en] [--author NAME]',
  summary: 'cli.cmd.init',
  details: 'cli.cmd.init.details',
  options: {
    demo: { type: 'boolean' },
    org: { type: 'string' },
    regime: { type: 'string', values: Object.keys(regimeChoices) },
    author: { type: 'string' }
  },
  optionHelp: [
    ['--demo', 'cli.opt.demo'],
    ['--org NAME', 'cli.opt.org'],
    ['--regime gdpr|revdsg|both', 'cli.opt.regime'],
    ['--lang de|en', 'cli.opt.initLang'],
    ['--author NAME', 'cli.opt.author']
  ],
  examples: [
    'DPO_PASSPHRASE="…" dpo init "Muster AG.dpo" --org "Muster AG" --regime revdsg',
    'dpo init demo.dpo --demo --passphrase-file ~/.secrets/demo.txt'
  ],
  author: (values) => str(values, 'author'),

  async run(ctx) {
    const { core, out, file, values } = ctx
    const regimes = [...regimeChoices[(str(values, 'regime') ?? 'both') as keyof typeof regimeChoices]]
    // The organisation's name defaults to the file's name: "Muster AG.dpo" → "Muster AG".
    const organisationName = str(values, 'org') ?? basename(file, extname(file))
    // --lang sets both the messages and the workspace's language; without it, both follow LANG.
    const language = ctx.language
    const passphrase = await readPassphrase(currentPassphraseSource(ctx, out.t('cli.prompt.newPassphrase', { file }), true), ctx.terminal)
    const status = await core.call('workspace.create', { file, passphrase, organisationName, regimes, language, demo: flag(values, 'demo') })
    out.useRegimes(status.regimes)
    out.weakPassphrase(status.passphraseWarning)
    out.result(status, () => [
      out.t('cli.init.created', {
        file: status.file ?? file,
        organisation: status.organisationName ?? organisationName,
        regimes: status.regimes.map((r) => out.t(`cli.regime.${r}`)).join(' + '),
        language: out.t(`cli.language.${status.language ?? language}`)
      }),
      ...(flag(values, 'demo') ? [out.t('cli.init.demo')] : []),
      out.t('cli.init.keepSafe')
    ])
    return ExitCode.OK
  }
}
