import { registryKinds, type RegistryKind } from '../../shared/model/registry'
import type { ListQuery } from '../../shared/api'
import type { Context, Handlers } from '../context'
import { createEntity, getEntity, listEntities, setArchived, updateEntity, usageOf } from '../workspace'

type RegistryMethod = `${RegistryKind}.${'list' | 'get' | 'create' | 'update' | 'bulkUpdate' | 'archive' | 'restore' | 'usage'}`
type Doc = Record<string, unknown>

/** The same eight handlers for every registry; what differs per kind is in shared/model/registry. */
function handlersFor(kind: RegistryKind): Record<string, (input: never, ctx: Context) => unknown> {
  return {
    [`${kind}.list`]: (input: Required<ListQuery>, ctx: Context) => ctx.session.read((db) => listEntities(db, kind, input)),
    [`${kind}.get`]: (input: { id: string }, ctx: Context) => ctx.session.read((db) => getEntity(db, kind, input.id)),
    [`${kind}.create`]: (input: { data: Doc }, ctx: Context) => ctx.session.write((db) => createEntity(db, ctx.actor(), kind, input.data)),
    [`${kind}.update`]: (input: { id: string; expectedVersion?: number; changes: Doc }, ctx: Context) =>
      ctx.session.write((db) => updateEntity(db, ctx.actor(), kind, input.id, input.changes, input.expectedVersion)),
    [`${kind}.bulkUpdate`]: (input: { ids: string[]; changes: Doc }, ctx: Context) =>
      ctx.session.write((db) => {
        const now = new Date().toISOString()
        let updated = 0
        for (const id of new Set(input.ids)) {
          const before = getEntity(db, kind, id).version
          if (updateEntity(db, ctx.actor(), kind, id, input.changes, undefined, now).version !== before) updated++
        }
        return { updated }
      }),
    [`${kind}.archive`]: (input: { ids: string[] }, ctx: Context) => ctx.session.write((db) => ({ updated: setArchived(db, ctx.actor(), kind, input.ids, true) })),
    [`${kind}.restore`]: (input: { ids: string[] }, ctx: Context) => ctx.session.write((db) => ({ updated: setArchived(db, ctx.actor(), kind, input.ids, false) })),
    [`${kind}.usage`]: (input: { id: string }, ctx: Context) =>
      ctx.session.read((db) => {
        getEntity(db, kind, input.id)
        return usageOf(db, input.id)
      })
  }
}

export const registryHandlers = Object.fromEntries(registryKinds.flatMap((kind) => Object.entries(handlersFor(kind)))) as unknown as Pick<Handlers, RegistryMethod>
