import type { z } from 'zod'
import type { WorkspaceInfo } from '../shared/api'
import { hasMessage } from '../shared/i18n'
import { registryKinds } from '../shared/model/registry'
import { openWorkspace, type Command } from './command'
import { ExitCode } from './errors'
import type { Output } from './output'
import { table } from './format'

/** `dpo info FILE`: workspace.info, read only. */
export const info: Command = {
  name: 'info',
  usage: 'dpo info FILE',
  summary: 'cli.cmd.info',
  details: 'cli.cmd.info.details',
  options: {},
  optionHelp: [],
  examples: ['dpo info "Muster AG.dpo"', 'dpo info "Muster AG.dpo" --json --passphrase-file pass.txt'],

  async run(ctx) {
    const { status } = await openWorkspace(ctx)
    const value = await ctx.core.call('workspace.info', {})
    ctx.out.result(value, () => infoLines(ctx.out, value, status.organisationName))
    return ExitCode.OK
  }
}

function infoLines(out: Output, info: z.infer<typeof WorkspaceInfo>, organisation: string | null): string[] {
  const sizeInKb = out.t('cli.info.sizeValue', { size: `${out.number(info.bytes / 1024, 1)} KiB`, bytes: out.number(info.bytes) })
  const counts = { ...Object.fromEntries(registryKinds.map((kind) => [kind, 0])), ...info.counts }
  const countRows = Object.entries(counts).map(([kind, n]) => {
    const key = `cli.registry.${kind}`
    return [hasMessage(key) ? out.t(key) : kind, out.number(n)] as const
  })
  return [
    ...table([
      [out.t('cli.info.file'), info.file],
      [out.t('cli.info.organisation'), organisation ?? ''],
      [out.t('cli.info.size'), sizeInKb],
      [out.t('cli.info.schema'), out.t('cli.info.schemaValue', { file: info.schemaVersion, app: info.appSchemaVersion })],
      [out.t('cli.info.cipher'), out.t('cli.info.cipherValue', { ...info.cipher })],
      [out.t('cli.info.audit'), out.t('cli.info.auditValue', { entries: out.number(info.auditEntries), head: info.auditHead })]
    ]),
    '',
    `${out.t('cli.info.registries')}:`,
    ...table(countRows, { indent: '  ', alignRight: true }),
    '',
    `${out.t('cli.info.migrations')}:`,
    ...info.migrations.map((m) => `  ${out.t('cli.info.migration', { version: m.version, name: m.name, appliedAt: m.appliedAt })}`)
  ]
}
