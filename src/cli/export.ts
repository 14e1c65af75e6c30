import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CallError } from '../core'
import type { ExportResult, RopaKind } from '../shared/exports'
import { translate } from '../shared/i18n'
import type { Language } from '../shared/model'
import { flag, str } from './args'
import { openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'

const formats = ['pdf', 'docx', 'xlsx', 'csv', 'json'] as const
type Format = (typeof formats)[number]

/**
 * `dpo export FILE`: exports.ropa, exports.toms or exports.changesSince, written to a file. The
 * same core call as the app's, so the JSON is the same document the API returns.
 */
export const exportCommand: Command = {
  name: 'export',
  usage:
    'dpo export FILE --what ropa|toms|changes --format pdf|docx|xlsx|csv|json [--lang de|en] [--regime gdpr|revdsg] [--depth authority|internal] [--processor] [--include-archived] [--group-by controlArea|sdmGoal] [--only-implemented] [--delimiter ";"|","] [--no-bom] [--out PATH]',
  summary: 'cli.cmd.export',
  details: 'cli.cmd.export.details',
  options: {
    what: { type: 'string', values: ['ropa', 'toms', 'changes'] },
    format: { type: 'string', values: formats },
    // The same values as init's --regime: the options of all commands are parsed together.
    regime: { type: 'string', values: ['gdpr', 'revdsg', 'both'] },
    depth: { type: 'string', values: ['authority', 'internal'] },
    processor: { type: 'boolean' },
    'include-archived': { type: 'boolean' },
    'group-by': { type: 'string', values: ['controlArea', 'sdmGoal'] },
    'only-implemented': { type: 'boolean' },
    delimiter: { type: 'string', values: [';', ','] },
    'no-bom': { type: 'boolean' },
    out: { type: 'string' }
  },
  optionHelp: [
    ['--what ropa|toms|changes', 'cli.opt.what'],
    ['--format pdf|docx|xlsx|csv|json', 'cli.opt.format'],
    ['--lang de|en', 'cli.opt.exportLang'],
    ['--regime gdpr|revdsg', 'cli.opt.exportRegime'],
    ['--depth authority|internal', 'cli.opt.depth'],
    ['--processor', 'cli.opt.processor'],
    ['--include-archived', 'cli.opt.includeArchived'],
    ['--group-by controlArea|sdmGoal', 'cli.opt.groupBy'],
    ['--only-implemented', 'cli.opt.onlyImplemented'],
    ['--delimiter ";"|","', 'cli.opt.delimiter'],
    ['--no-bom', 'cli.opt.noBom'],
    ['--out PATH', 'cli.opt.out']
  ],
  examples: [
    'dpo export "Muster AG.dpo" --what ropa --format pdf --lang de --regime gdpr',
    'dpo export "Muster AG.dpo" --what ropa --format json --regime revdsg --depth internal --out vvt.json',
    'dpo export "Muster AG.dpo" --what toms --format docx --group-by sdmGoal --only-implemented'
  ],

  async run(ctx) {
    const { core, out, values } = ctx
    const what = str(values, 'what')
    const format = str(values, 'format') as Format | undefined
    if (!what) throw usageError('cli.usage.missingValue', { option: '--what' }, 'export')
    if (!format) throw usageError('cli.usage.missingValue', { option: '--format' }, 'export')
    const regimeOption = str(values, 'regime')
    if (regimeOption === 'both') throw usageError('cli.usage.invalidValue', { option: '--regime', value: 'both', allowed: 'gdpr, revdsg' }, 'export')
    if (what !== 'ropa' && !['pdf', 'docx', ...(what === 'changes' ? ['json'] : [])].includes(format)) {
      throw usageError('cli.usage.invalidValue', { option: '--format', value: format, allowed: what === 'changes' ? 'pdf, docx, json' : 'pdf, docx' }, 'export')
    }

    const { status } = await openWorkspace(ctx)
    // The document's language: --lang if given, else the workspace's.
    const lang: Language = (str(values, 'lang') as Language | undefined) ?? status.language ?? ctx.language
    let result: ExportResult
    if (what === 'ropa') {
      const regime = regimeOption ?? (status.regimes.includes('gdpr') ? 'gdpr' : 'revdsg')
      const kind = `${regime === 'gdpr' ? 'gdpr' : 'revdsg'}${flag(values, 'processor') ? '-processor' : regime === 'gdpr' ? '-controller' : ''}` as RopaKind
      const delimiter = str(values, 'delimiter') as ';' | ',' | undefined
      result = await core.call('exports.ropa', {
        kind,
        depth: (str(values, 'depth') as 'authority' | 'internal' | undefined) ?? 'authority',
        format,
        lang,
        scope: { type: 'all' },
        includeArchived: flag(values, 'include-archived'),
        ...(format === 'csv' ? { csv: { bom: !flag(values, 'no-bom'), delimiter: delimiter ?? (lang === 'en' ? ',' : ';') } } : {})
      })
    } else if (what === 'toms') {
      result = await core.call('exports.toms', {
        groupBy: (str(values, 'group-by') as 'controlArea' | 'sdmGoal' | undefined) ?? 'controlArea',
        onlyImplemented: flag(values, 'only-implemented'),
        format: format as 'pdf' | 'docx',
        lang
      })
    } else result = await core.call('exports.changesSince', { format: format as 'pdf' | 'docx' | 'json', lang })

    const bytes = Buffer.from(result.base64, 'base64')
    const target = str(values, 'out')
    if (target === '-') {
      process.stdout.write(bytes)
      return ExitCode.OK
    }
    const file = resolve(target ?? result.fileName)
    try {
      writeFileSync(file, bytes, { flag: 'wx' })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new CallError({ code: 'FILE_EXISTS', message: translate(out.language, 'error.FILE_EXISTS', { file }) })
      if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT') throw new CallError({ code: 'PERMISSION_DENIED', message: translate(out.language, 'error.PERMISSION_DENIED', { file }) })
      throw error
    }
    const { base64: _base64, ...summary } = result
    out.result({ ...summary, file }, () => [out.t('cli.export.written', { file, bytes: out.number(result.bytes), sha256: result.sha256 }), out.t('cli.export.logged', { id: result.exportId, head: result.auditHead })])
    return ExitCode.OK
  }
}
