import pkg from '../../../package.json'
import type { Handlers } from '../context'
import { auditHistory, auditPage, getOrganisation, latestVersion, searchAll, updateOrganisation, verifyAudit } from '../workspace'

export const miscHandlers: Pick<
  Handlers,
  'app.info' | 'settings.get' | 'settings.update' | 'organisation.get' | 'organisation.update' | 'search.query' | 'audit.history' | 'audit.list' | 'audit.verify'
> = {
  'app.info': (_input, ctx) => ({ name: 'DPO Workbench', version: pkg.version, schemaVersion: latestVersion(), shell: ctx.shell, keychain: Boolean(ctx.keychain?.available()) }),
  'settings.get': (_input, ctx) => ctx.settings.get(),
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
