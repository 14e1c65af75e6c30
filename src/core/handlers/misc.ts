import pkg from '../../../package.json'
import type { Handlers } from '../context'
import { DomainError } from '../../shared/errors'
import { auditHistory, auditPage, getOrganisation, getPreference, latestVersion, searchAll, setPreference, updateOrganisation, verifyAudit } from '../workspace'

export const miscHandlers: Pick<
  Handlers,
  'app.info' | 'preferences.get' | 'preferences.set' | 'settings.get' | 'settings.update' | 'organisation.get' | 'organisation.update' | 'search.query' | 'audit.history' | 'audit.list' | 'audit.verify'
> = {
  'app.info': (_input, ctx) => ({ name: 'DPO Workbench', version: pkg.version, schemaVersion: latestVersion(), shell: ctx.shell, keychain: Boolean(ctx.keychain?.available()) }),
  'settings.get': (_input, ctx) => ctx.settings.get(),
  'preferences.get': (input, ctx) => ctx.session.read((db) => ({ value: getPreference(db, input.key) })),
  'preferences.set': (input, ctx) =>
    ctx.session.write((db) => {
      if (JSON.stringify(input.value).length > 64 * 1024) throw new DomainError('VALIDATION', {}, [{ path: 'value', message: '> 64 KiB' }])
      setPreference(db, input.key, input.value)
      return { ok: true as const }
    }),
  'settings.update': (input, ctx) => {
    const settings = ctx.settings.update(input)
    ctx.session.touch()
    return settings
  },
  'organisation.get': (_input, ctx) => ctx.session.read((db) => getOrganisation(db)),
  'organisation.update': (input, ctx) => ctx.session.write((db) => updateOrganisation(db, ctx.actor(), input.changes)),
  'search.query': (input, ctx) => ctx.session.read((db) => searchAll(db, input.query, input.limit)),
  'audit.history': (input, ctx) => ctx.session.read((db) => auditHistory(db, input.entity, input.entityId)),
  'audit.list': (input, ctx) => ctx.session.read((db) => auditPage(db, input.offset, input.limit)),
  'audit.verify': (_input, ctx) => ctx.session.read((db) => verifyAudit(db))
}
