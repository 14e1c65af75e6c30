import { resolve } from 'node:path'
import type { Core } from '../core'
import type { Language } from '../shared/model'
import { flag, globalOptions, guessLanguage, languageFromEnv, parseLine, str, type OptionSpecs } from './args'
import type { Command } from './command'
import { check } from './check'
import { startCore } from './core'
import { CliError, ExitCode, usageError } from './errors'
import { exportCommand } from './export'
import { commandHelp, overallHelp } from './help'
import { info } from './info'
import { init } from './init'
import { Output, type Streams } from './output'
import { passwd } from './passwd'
import { processTerminal, type Terminal } from './passphrase'
import { verify } from './verify'
import { importCommand } from './import'
import { backupCommand, restoreCommand } from './backup'
import { mergeCommand } from './merge'

export const commands: readonly Command[] = [init, info, passwd, verify, exportCommand, check, importCommand, mergeCommand, backupCommand, restoreCommand]

/** Every option any command knows: parsing against all of them keeps option values apart from the command. */
const allOptions: OptionSpecs = Object.assign({}, globalOptions, ...commands.map((c) => c.options))

export interface MainOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  streams?: Streams
  terminal?: (out: Output) => Terminal
}

/**
 * Runs one `dpo` invocation and returns its exit code. Never throws: every failure is printed
 * (translated, or as JSON) and mapped to a documented exit code. The core is always closed, which
 * checkpoints and unlocks the workspace file.
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env
  let out = new Output(argv.includes('--json'), guessLanguage(argv, env), options.streams)
  let core: Core | undefined
  try {
    const line = parseLine(argv, allOptions)
    const lang = str(line.values, 'lang')
    const language: Language = lang === 'de' || lang === 'en' ? lang : languageFromEnv(env)
    out = new Output(flag(line.values, 'json'), language, options.streams)

    const name = line.command === 'help' ? line.args[0] : line.command
    const command = commands.find((c) => c.name === name)
    if (name !== undefined && !command) throw usageError('cli.usage.unknownCommand', { command: name })
    if (flag(line.values, 'help') || line.command === 'help') {
      out.text(...(command ? commandHelp(out, command) : overallHelp(out, commands)))
      return ExitCode.OK
    }
    if (flag(line.values, 'version')) {
      core = await startCore({ env, language })
      const app = await core.call('app.info', {})
      out.result({ name: app.name, version: app.version, schemaVersion: app.schemaVersion }, () => [
        out.t('cli.version', { name: 'dpo', version: app.version, schema: app.schemaVersion })
      ])
      return ExitCode.OK
    }
    if (!command) {
      if (!out.json) out.warn(...overallHelp(out, commands), '')
      throw usageError('cli.usage.missingCommand')
    }

    const own = { ...globalOptions, ...command.options }
    const foreign = line.given.find((g) => !Object.hasOwn(own, g.name))
    if (foreign) throw usageError('cli.usage.optionNotForCommand', { option: foreign.rawName, command: command.name }, command.name)
    const [file, ...extra] = line.args
    if (!file) throw usageError('cli.usage.missingFile', { usage: command.usage }, command.name)
    if (extra.length) throw usageError('cli.usage.unexpectedArgument', { argument: extra[0] }, command.name)

    core = await startCore({ env, language, author: command.author?.(line.values) })
    const terminal = options.terminal?.(out) ?? processTerminal((key, params) => out.t(key, params))
    return await command.run({
      core,
      out,
      terminal: { ...terminal, env },
      file: resolve(options.cwd ?? process.cwd(), file),
      values: line.values,
      language
    })
  } catch (error) {
    // Point a usage error at the help of the command the user meant, when it is recognisable.
    if (error instanceof CliError && error.helpFor === '') error.helpFor = commands.find((c) => argv.includes(c.name))?.name ?? ''
    return out.fail(error)
  } finally {
    try {
      core?.close()
    } catch (error) {
      // The result is already out; closing can only add a note (one JSON document stays one).
      out.warn(`dpo: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
