import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { CallError } from '../core'
import { ImportMapping, type ImportReport } from '../shared/imports'
import { translate } from '../shared/i18n'
import { flag, str } from './args'
import { openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'
import type { Output } from './output'

/**
 * `dpo import FILE --from PATH`: imports.analyse + imports.commit for XLSX and CSV (mapping
 * suggested, or --mapping), imports.json for a JSON export. Exit code 1 when rows were rejected
 * (they are listed; the rest is written unless --strict), so a script notices a partial import.
 */
export const importCommand: Command = {
  name: 'import',
  usage: 'dpo import FILE --from PATH [--mapping M.json] [--sheet NAME] [--dry-run] [--strict] [--json]',
  summary: 'cli.cmd.import',
  details: 'cli.cmd.import.details',
  options: {
    from: { type: 'string' },
    mapping: { type: 'string' },
    sheet: { type: 'string' },
    'dry-run': { type: 'boolean' },
    strict: { type: 'boolean' }
  },
  optionHelp: [
    ['--from PATH', 'cli.opt.from'],
    ['--mapping M.json', 'cli.opt.mapping'],
    ['--sheet NAME', 'cli.opt.sheet'],
    ['--dry-run', 'cli.opt.dryRun'],
    ['--strict', 'cli.opt.strict']
  ],
  examples: ['dpo import "Muster AG.dpo" --from VVT.xlsx --dry-run', 'dpo import "Muster AG.dpo" --from vvt.csv --mapping zuordnung.json', 'dpo import "Neu.dpo" --from vvt-export.json'],

  async run(ctx) {
    const { core, out, values } = ctx
    const from = str(values, 'from')
    if (!from) throw usageError('cli.usage.missingValue', { option: '--from' }, 'import')
    const path = resolve(from)
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch {
      throw new CallError({ code: 'FILE_NOT_FOUND', message: translate(out.language, 'error.FILE_NOT_FOUND', { file: path }) })
    }
    let mapping: ImportMapping | undefined
    const mappingFile = str(values, 'mapping')
    if (mappingFile) {
      const parsed = (() => {
        try {
          return ImportMapping.safeParse(JSON.parse(readFileSync(resolve(mappingFile), 'utf8')))
        } catch {
          return null
        }
      })()
      if (!parsed?.success) throw usageError('cli.import.badMapping', { file: mappingFile }, 'import')
      mapping = parsed.data
    }
    await openWorkspace(ctx)
    const dryRun = flag(values, 'dry-run')
    const base64 = bytes.toString('base64')
    const looksJson = /\.json$/i.test(path) || /^\uFEFF?\s*\{/.test(bytes.subarray(0, 64).toString('utf8'))
    if (looksJson) {
      const report = await core.call('imports.json', { base64, dryRun })
      out.result(report, () => [
        out.t('cli.import.summary', { mode: dryRun ? out.t('cli.import.dryRun') : '', created: report.created, updated: report.updated, unchanged: report.unchanged, skipped: 0 }),
        ...(report.backupFile ? [out.t('cli.import.backup', { file: report.backupFile })] : [])
      ])
      return ExitCode.OK
    }
    const sheet = str(values, 'sheet')
    const analysis = await core.call('imports.analyse', { fileName: basename(path), base64, ...(sheet ? { sheet } : {}) })
    for (const issue of analysis.issues) out.warn(`${issue.severity}: ${issue.message}`)
    const used = mapping ?? analysis.suggestedMapping
    const report = await core.call('imports.commit', {
      fileName: basename(path),
      base64,
      sheet: analysis.sheet,
      mapping: used,
      options: { createMissing: true, clearEmpty: false, strict: flag(values, 'strict') },
      dryRun
    })
    out.result({ ...report, mapping: used }, () => reportLines(out, report, used, dryRun))
    return report.skippedRows.length ? ExitCode.CHECK_FAILED : ExitCode.OK
  }
}

function reportLines(out: Output, report: ImportReport, mapping: ImportMapping, dryRun: boolean): string[] {
  const pairs = Object.entries(mapping)
    .filter(([, f]) => f !== 'ignore')
    .map(([h, f]) => `${h} → ${f}`)
    .join(', ')
  return [
    out.t('cli.import.mapping', { mapping: pairs }),
    ...report.createdEntities.map((e) => out.t('cli.import.created', { name: e.name, kind: e.kind })),
    ...report.skippedRows.map((s) => out.t('cli.import.skipped', { row: s.row, reasons: s.reasons.join('; ') })),
    out.t('cli.import.summary', {
      mode: dryRun ? out.t('cli.import.dryRun') : '',
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      skipped: report.skippedRows.length
    }),
    ...(report.backupFile ? [out.t('cli.import.backup', { file: report.backupFile })] : [])
  ]
}
