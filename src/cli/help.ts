import type { MessageKey } from '../shared/i18n'
import type { Command } from './command'
import { documentedExitCodes } from './errors'
import { table, wrap } from './format'
import type { Output } from './output'

const globalOptionHelp: ReadonlyArray<readonly [string, MessageKey]> = [
  ['--passphrase-file F', 'cli.opt.passphraseFile'],
  ['--json', 'cli.opt.json'],
  ['--lang de|en', 'cli.opt.lang'],
  ['-h, --help', 'cli.opt.help'],
  ['-V, --version', 'cli.opt.version']
]

/** Help is wrapped to the terminal, at most 100 columns (and 100 when not a terminal). */
function helpWidth(): number {
  return Math.min(process.stdout.columns || 100, 100)
}

const section = (title: string, lines: string[]): string[] => ['', `${title}:`, ...lines]

function tail(out: Output, width: number): string[] {
  const codes = documentedExitCodes.map((code) => [String(code), out.t(`cli.exit.${code}`)] as const)
  return [
    ...section(out.t('cli.help.passphraseTitle'), wrap(out.t('cli.help.passphrase'), width, '  ')),
    ...section(out.t('cli.help.exitCodes'), table(codes, { indent: '  ', width }))
  ]
}

const options = (out: Output, list: ReadonlyArray<readonly [string, MessageKey]>, width: number): string[] =>
  table(
    list.map(([option, key]) => [option, out.t(key)] as const),
    { indent: '  ', width }
  )

/** `dpo --help`: every command, the global options, passphrase sources and exit codes. */
export function overallHelp(out: Output, commands: readonly Command[]): string[] {
  const width = helpWidth()
  return [
    ...wrap(out.t('cli.title'), width),
    ...section(out.t('cli.help.usage'), ['  dpo COMMAND FILE [OPTIONS]', '  dpo --help | --version']),
    ...section(
      out.t('cli.help.commands'),
      table(
        commands.map((c) => [`${c.name} FILE`, out.t(c.summary)] as const),
        { indent: '  ', width }
      )
    ),
    ...section(out.t('cli.help.globalOptions'), options(out, globalOptionHelp, width)),
    ...tail(out, width),
    '',
    ...wrap(out.t('cli.help.fileNote'), width),
    ...wrap(out.t('cli.help.more'), width)
  ]
}

/** `dpo COMMAND --help`. */
export function commandHelp(out: Output, command: Command): string[] {
  const width = helpWidth()
  // init documents --lang itself: there it also sets the workspace's language.
  const global = globalOptionHelp.filter(([option]) => !command.optionHelp.some(([mine]) => mine === option))
  return [
    ...wrap(`dpo ${command.name}: ${out.t(command.summary)}`, width),
    ...section(out.t('cli.help.usage'), [`  ${command.usage}`]),
    '',
    ...wrap(out.t(command.details), width),
    ...wrap(out.t('cli.help.fileNote'), width),
    ...(command.optionHelp.length ? section(out.t('cli.help.options'), options(out, command.optionHelp, width)) : []),
    ...section(out.t('cli.help.globalOptions'), options(out, global, width)),
    ...section(out.t('cli.help.examples'), command.examples.map((e) => `  ${e}`)),
    ...tail(out, width)
  ]
}
