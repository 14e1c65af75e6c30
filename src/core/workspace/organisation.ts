import { DomainError } from '../../shared/errors'
import { Organisation } from '../../shared/model'
import { appendAudit } from './audit'
import { createdFields, diffFields } from './fields'
import type { Actor } from './repository'
import type { Db } from './sqlcipher'

type OrganisationDoc = Organisation

export function getOrganisation(db: Db): OrganisationDoc {
  const row = db.prepare('SELECT data FROM organisation WHERE id = 1').get() as { data: string } | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id: 'organisation' })
  return Organisation.parse(JSON.parse(row.data))
}

export function initOrganisation(db: Db, actor: Actor, input: Organisation, now = new Date().toISOString()): OrganisationDoc {
  const data = Organisation.parse(input)
  db.prepare('INSERT INTO organisation (id, data, version, updated_at) VALUES (1, ?, 1, ?)').run(JSON.stringify(data), now)
  appendAudit(db, { author: actor.author, entity: 'organisation', entityId: 'organisation', action: 'create', changes: createdFields(data) }, now)
  return data
}

export function updateOrganisation(db: Db, actor: Actor, changes: Partial<Organisation>, now = new Date().toISOString()): OrganisationDoc {
  const before = getOrganisation(db)
  const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  const parsed = Organisation.safeParse({ ...before, ...patch })
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new DomainError('VALIDATION', { details: issues.map((i) => `${i.path}: ${i.message}`).join('; ') }, issues)
  }
  const after = parsed.data
  const diff = diffFields(before as Record<string, unknown>, after as Record<string, unknown>)
  if (diff.length === 0) return before
  db.prepare('UPDATE organisation SET data = ?, version = version + 1, updated_at = ? WHERE id = 1').run(JSON.stringify(after), now)
  appendAudit(db, { author: actor.author, entity: 'organisation', entityId: 'organisation', action: 'update', changes: diff }, now)
  return after
}
