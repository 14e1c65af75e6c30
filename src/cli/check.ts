import type { CheckReport, CheckSeverity } from '../shared/checks'
import type { MessageKey } from '../shared/i18n'
import { IsoDate } from '../shared/model'
import { str } from './args'
import { openWorkspace, type Command } from './command'
import { ExitCode, usageError } from './errors'
import type { Output } from './output'

const severities = ['error', 'warning', 'info'] as const
const rank: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 }
const label: Record<CheckSeverity, MessageKey> = { error: 'cli.check.error', warning: 'cli.check.warning', info: 'cli.check.info' }

/**
 * `dpo check FILE`: checks.run, read only. Exit code 1 when an open (not acknowledged) finding is
 * at or above --fail-on (default: error), so a script or CI job can stop on it.
 */
export const check: Command = {
  name: 'check',
  usage: 'dpo check FILE [--fail-on info|warning|error] [--today YYYY-MM-DD] [--json]',
  summary: 'cli.cmd.check',
  details: 'cli.cmd.check.details',
  options: {
    'fail-on': { type: 'string', values: severities },
    today: { type: 'string' }
  },
  optionHelp: [
    ['--fail-on info|warning|error', 'cli.opt.failOn'],
    ['--today YYYY-MM-DD', 'cli.opt.today']
  ],
  examples: ['dpo check "Muster AG.dpo"', 'dpo check "Muster AG.dpo" --fail-on warning --json > befunde.json'],

  async run(ctx) {
    const failOn = (str(ctx.values, 'fail-on') ?? 'error') as CheckSeverity
    const today = str(ctx.values, 'today')
    if (today !== undefined && !IsoDate.safeParse(today).success) throw usageError('cli.usage.invalidValue', { option: '--today', value: today, allowed: 'YYYY-MM-DD' }, 'check')
    await openWorkspace(ctx)
    const report = await ctx.core.call('checks.run', today === undefined ? {} : { today })
    ctx.out.result(report, () => reportLines(ctx.out, report))
    const failing = report.findings.some((f) => f.acknowledged === null && rank[f.severity] <= rank[failOn])
    return failing ? ExitCode.CHECK_FAILED : ExitCode.OK
  }
}

function reportLines(out: Output, report: CheckReport): string[] {
  const open = report.findings.filter((f) => f.acknowledged === null)
  const lines = open.flatMap((f) => {
    const entity = f.entityRef ? `${f.entityRef} ${f.entityName}` : f.entityName
    return [`${out.t(label[f.severity])}  ${entity} – ${f.field}`, `    ${f.message}`, `    ${f.ref} [${f.ruleId}]`]
  })
  const summary = out.t('cli.check.summary', {
    error: out.number(report.counts.error),
    warning: out.number(report.counts.warning),
    info: out.number(report.counts.info),
    acknowledged: out.number(report.counts.acknowledged),
    today: report.today
  })
  return open.length === 0 ? [out.t('cli.check.none', { today: report.today }), summary] : [...lines, '', summary]
}
