import { optionsFor } from '../catalogs'
import { activityFromTemplate } from '../catalogs/templates'
import { addFromCatalog, applyCatalogChanges, pendingCatalogChanges, workspaceCatalogVersion } from '../catalogs/workspace-catalog'
import type { Context, Handlers } from '../context'
import { contentLocale } from '../terminology'
import { getOrganisation, type Db } from '../workspace'


function scope(db: Db) {
  const org = getOrganisation(db)
  return { regimes: org.regimes, locale: contentLocale(org) }
}

const read = <T>(ctx: Context, fn: (db: Db, s: ReturnType<typeof scope>) => T): T => ctx.session.read((db) => fn(db, scope(db)))
const write = <T>(ctx: Context, fn: (db: Db, s: ReturnType<typeof scope>) => T): T => ctx.session.write((db) => fn(db, scope(db)))

export const catalogHandlers: Pick<
  Handlers,
  'catalog.info' | 'catalog.options' | 'catalog.adequacy' | 'catalog.updates' | 'catalog.apply' | 'catalog.addToms' | 'activities.fromTemplate'
> = {
  'catalog.info': (_input, ctx) =>
    read(ctx, (db, s) => ({
      catalogVersion: ctx.catalogs.catalogVersion,
      validAsOf: ctx.catalogs.validAsOf,
      workspaceCatalogVersion: workspaceCatalogVersion(db),
      pending: pendingCatalogChanges(db, ctx.catalogs, s.regimes, s.locale).filter((c) => c.change !== 'kept').length
    })),
  'catalog.options': (_input, ctx) => read(ctx, (_db, s) => optionsFor(s.regimes) as never),
  'catalog.adequacy': (_input, ctx) => read(ctx, (_db, s) => s.regimes.map((regime) => ({ regime, list: ctx.catalogs.adequacy[regime] as never }))),
  'catalog.updates': (_input, ctx) => read(ctx, (db, s) => pendingCatalogChanges(db, ctx.catalogs, s.regimes, s.locale)),
  'catalog.apply': (input, ctx) => write(ctx, (db, s) => applyCatalogChanges(db, ctx.actor(), ctx.catalogs, s.regimes, s.locale, input.items)),
  'catalog.addToms': (input, ctx) => write(ctx, (db, s) => ({ ids: input.keys.map((key) => addFromCatalog(db, ctx.actor(), ctx.catalogs, 'toms', key, s.locale)) })),
  'activities.fromTemplate': (input, ctx) => write(ctx, (db, s) => activityFromTemplate(db, ctx.actor(), ctx.catalogs, input.templateKey, s.regimes, s.locale) as never)
}
