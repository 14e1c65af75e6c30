import { createHash, randomUUID } from 'node:crypto'
import { MAX_ATTACHMENT_BYTES, MAX_WORKSPACE_ATTACHMENT_BYTES, type AttachmentMeta } from '../../shared/checklists'
import { DomainError } from '../../shared/errors'
import { appendAudit } from './audit'
import type { Actor } from './repository'
import type { Db } from './sqlcipher'

/**
 * Evidence files of assessments, kept as BLOBs in the encrypted workspace: the bytes pass from the
 * contract into SQLCipher pages and back, and are never written anywhere else on disk.
 */

const ENTITY = 'attachments'

export interface AttachmentLimits {
  /** Bytes of one file. */
  file: number
  /** Bytes of all files of the workspace together. */
  workspace: number
}

export const defaultLimits: AttachmentLimits = { file: MAX_ATTACHMENT_BYTES, workspace: MAX_WORKSPACE_ATTACHMENT_BYTES }

interface RawMeta {
  id: string
  assessment_id: string
  question_id: string | null
  name: string
  mime_type: string
  sha256: string
  size: number
  author: string
  created_at: string
}

const META = 'id, assessment_id, question_id, name, mime_type, sha256, size, author, created_at'

const toMeta = (r: RawMeta): AttachmentMeta => ({
  id: r.id,
  assessmentId: r.assessment_id,
  questionId: r.question_id,
  name: r.name,
  mimeType: r.mime_type,
  sha256: r.sha256,
  size: r.size,
  createdAt: r.created_at,
  author: r.author
})

/** MiB with one decimal, rounded up for a size and down for a limit, so an oversized file never reads as equal. */
const mib = (bytes: number, round: (n: number) => number): string => (round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)

function tooLarge(name: string, size: number, limit: number, scope: 'file' | 'workspace'): DomainError {
  return new DomainError('TOO_LARGE', { name, size: mib(size, Math.ceil), limit: mib(limit, Math.floor), scope: `checklist.limit.${scope}` })
}

/** Bytes of all evidence files of the workspace. */
export function attachmentBytes(db: Db): number {
  return (db.prepare('SELECT coalesce(sum(size), 0) AS n FROM attachments').get() as { n: number }).n
}

/** Stores one file; over a limit it throws TOO_LARGE and stores nothing. Run inside a write transaction. */
export function addAttachment(
  db: Db,
  actor: Actor,
  input: { assessmentId: string; questionId: string | null; name: string; mimeType: string; bytes: Buffer },
  limits: AttachmentLimits = defaultLimits,
  now = new Date().toISOString()
): AttachmentMeta {
  const size = input.bytes.length
  if (size > limits.file) throw tooLarge(input.name, size, limits.file, 'file')
  if (attachmentBytes(db) + size > limits.workspace) throw tooLarge(input.name, size, limits.workspace, 'workspace')
  const id = randomUUID()
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  db.prepare(`INSERT INTO attachments (${META}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id,
    input.assessmentId,
    input.questionId,
    input.name,
    input.mimeType,
    sha256,
    size,
    actor.author,
    now,
    input.bytes
  )
  appendAudit(
    db,
    {
      author: actor.author,
      entity: ENTITY,
      entityId: id,
      action: 'create',
      changes: [
        { field: 'assessmentId', before: null, after: input.assessmentId },
        ...(input.questionId ? [{ field: 'questionId', before: null, after: input.questionId }] : []),
        { field: 'name', before: null, after: input.name },
        { field: 'mimeType', before: null, after: input.mimeType },
        { field: 'size', before: null, after: size },
        { field: 'sha256', before: null, after: sha256 }
      ]
    },
    now
  )
  return getAttachmentMeta(db, id)
}

export function getAttachmentMeta(db: Db, id: string): AttachmentMeta {
  const row = db.prepare(`SELECT ${META} FROM attachments WHERE id = ?`).get(id) as RawMeta | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return toMeta(row)
}

export function listAttachments(db: Db, assessmentId: string): AttachmentMeta[] {
  return (db.prepare(`SELECT ${META} FROM attachments WHERE assessment_id = ? ORDER BY created_at, id`).all(assessmentId) as RawMeta[]).map(toMeta)
}

/** The file with its bytes; a file whose bytes no longer match their SHA-256 is reported as damaged. */
export function readAttachment(db: Db, id: string): AttachmentMeta & { bytes: Buffer } {
  const row = db.prepare(`SELECT ${META}, data FROM attachments WHERE id = ?`).get(id) as (RawMeta & { data: Buffer }) | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  const bytes = Buffer.from(row.data)
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) throw new DomainError('DAMAGED', { reason: 'reason.integrity' })
  return { ...toMeta(row), bytes }
}

export function removeAttachment(db: Db, actor: Actor, id: string, now = new Date().toISOString()): AttachmentMeta {
  const before = getAttachmentMeta(db, id)
  db.prepare('DELETE FROM attachments WHERE id = ?').run(id)
  appendAudit(
    db,
    {
      author: actor.author,
      entity: ENTITY,
      entityId: id,
      action: 'delete',
      changes: [
        { field: 'name', before: before.name, after: null },
        { field: 'sha256', before: before.sha256, after: null },
        { field: 'assessmentId', before: before.assessmentId, after: null }
      ]
    },
    now
  )
  return before
}
