import type { z } from 'zod'
import type { VerifyReport } from '../shared/api'
import { hasMessage } from '../shared/i18n'
import { openWorkspace, type Command } from './command'
import { ExitCode } from './errors'
import { capped, table } from './format'
import type { Output } from './output'

type Report = z.infer<typeof VerifyReport>

/** `dpo verify FILE`: workspace.verify; exit code 1 when any check fails. */
export const verify: Command = {
  name: 'verify',
  usage: 'dpo verify FILE',
  summary: 'cli.cmd.verify',
  details: 'cli.cmd.verify.details',
  options: {},
  optionHelp: [],
  examples: ['dpo verify "Muster AG.dpo" || echo "restore a backup"', 'dpo verify "Muster AG.dpo" --json'],

  async run(ctx) {
    const { status } = await openWorkspace(ctx)
    const report = await ctx.core.call('workspace.verify', {})
    ctx.out.result(report, () => reportLines(ctx.out, report, status.file ?? ctx.file))
    return report.ok ? ExitCode.OK : ExitCode.CHECK_FAILED
  }
}

function reportLines(out: Output, report: Report, file: string): string[] {
  const state = (ok: boolean, detail = ''): string => (ok ? out.t('cli.verify.ok') : out.t('cli.verify.failed')) + (detail ? ` – ${detail}` : '')
  const integrityOk = report.integrity.length === 0 && report.cipherIntegrity.length === 0
  const { audit } = report
  const auditDetail = audit.ok
    ? out.t('cli.verify.auditOk', { entries: out.number(audit.entries), head: audit.head })
    : out.t('cli.verify.auditBroken', { at: audit.brokenAt ?? '?', entries: out.number(audit.entries), reason: audit.reason && hasMessage(audit.reason) ? out.t(audit.reason) : (audit.reason ?? '') })
  const lines = table([
    [out.t('cli.verify.integrity'), state(integrityOk)],
    [out.t('cli.verify.foreignKeys'), state(report.foreignKeys === 0, report.foreignKeys ? out.t('cli.verify.foreignKeyViolations', { count: report.foreignKeys }) : '')],
    [out.t('cli.verify.audit'), state(audit.ok, auditDetail)]
  ])
  // integrity_check names each problem it found (page numbers, tables); show the first few.
  const problems = [...report.integrity, ...report.cipherIntegrity].map((line) => `    ${line}`)
  lines.splice(1, 0, ...capped(problems, 10, (count) => `    ${out.t('cli.verify.more', { count })}`))
  const failed = [!integrityOk, report.foreignKeys !== 0, !audit.ok].filter(Boolean).length
  return [...lines, '', failed === 0 ? out.t('cli.verify.allOk', { file }) : out.t('cli.verify.someFailed', { count: failed, file })]
}
