import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import type { InputOf, OutputOf } from '../../src/shared/api'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

/**
 * Exports as jobs (exports.start / progress / cancel, src/core/exports/jobs.ts) on the demo
 * workspace: progress grows while the export runs, the result is the same document as the direct
 * call, a cancelled job stops and logs nothing, and the event loop keeps answering meanwhile.
 */

const SLOW = 180_000

let dir: string
let cleanup: () => void
let core: Core

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('dpo-export-jobs-'))
  core = makeCore(dir)
  await core.call('workspace.create', { file: join(dir, 'demo.dpo'), passphrase: PASSPHRASE, organisationName: 'x', regimes: ['gdpr', 'revdsg'], language: 'de', demo: true })
}, SLOW)

afterAll(() => {
  core?.close()
  cleanup?.()
})

type Progress = OutputOf<'exports.progress'>
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Polls a job until it ends; returns every answer in order. */
async function follow(c: Core, jobId: string, every = 5): Promise<Progress[]> {
  const seen: Progress[] = []
  for (;;) {
    const p = await c.call('exports.progress', { jobId })
    seen.push(p)
    if (p.state !== 'running') return seen
    await sleep(every)
  }
}

/** The JSON record without what differs between two exports of the same state. */
function comparable(base64: string): unknown {
  const file = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { meta: Record<string, unknown> }
  const { exportId: _e, documentId: _d, generatedAt: _g, ...meta } = file.meta
  return { ...file, meta }
}

describe('exports as jobs', () => {
  it('reports growing progress and returns the same document as exports.ropa', async () => {
    const input = { kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' } as const
    const { jobId } = await core.call('exports.start', { what: 'ropa', ...input })
    const seen = await follow(core, jobId)
    const last = seen.at(-1)!
    expect(last.state).toBe('done')
    const result = last.result!
    const bytes = Buffer.from(result.base64, 'base64')
    expect(sha(bytes)).toBe(result.sha256)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    // done never goes back, and the job moved on while it was polled.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done)
    expect(last.done).toBe(last.total)
    expect(new Set(seen.map((p) => p.done)).size).toBeGreaterThan(1)
    // The export is logged like a direct one, with the bytes' SHA-256.
    const log = await core.call('exports.log', {})
    expect(log.find((e) => e.id === result.exportId)?.sha256).toBe(result.sha256)
    // The result is handed out once.
    await expect(core.call('exports.progress', { jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  }, SLOW)

  it('makes the same bytes as the direct call (JSON: equal but for the export id, document id and time)', async () => {
    const input = { kind: 'revdsg', depth: 'authority', format: 'json', lang: 'de', scope: { type: 'all' }, includeArchived: false } as const
    const direct = await core.call('exports.ropa', input)
    const { jobId } = await core.call('exports.start', { what: 'ropa', ...input })
    const result = (await follow(core, jobId)).at(-1)!.result!
    expect(comparable(result.base64)).toEqual(comparable(direct.base64))
    expect(result.auditHead).toBe(direct.auditHead)
    expect(result.mimeType).toBe(direct.mimeType)
    expect(result.bytes).toBe(direct.bytes)
    expect(sha(Buffer.from(result.base64, 'base64'))).toBe(result.sha256)
  }, SLOW)

  it('runs the TOM annex as a job too', async () => {
    const { jobId } = await core.call('exports.start', { what: 'toms', format: 'docx', lang: 'en' })
    const last = (await follow(core, jobId)).at(-1)!
    expect(last.state).toBe('done')
    expect(Buffer.from(last.result!.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
  }, SLOW)

  it('cancel stops a job: state cancelled, nothing logged', async () => {
    const before = (await core.call('exports.log', {})).length
    const { jobId } = await core.call('exports.start', { what: 'ropa', kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'en' })
    expect(await core.call('exports.cancel', { jobId })).toEqual({ state: 'running' })
    const last = (await follow(core, jobId)).at(-1)!
    expect(last.state).toBe('cancelled')
    expect(last.result).toBeUndefined()
    expect((await core.call('exports.log', {})).length).toBe(before)
  }, SLOW)

  it('rejects unknown jobs and input that fits neither export', async () => {
    await expect(core.call('exports.progress', { jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(core.call('exports.start', { what: 'toms', format: 'xlsx', lang: 'de' } as unknown as InputOf<'exports.start'>)).rejects.toMatchObject({ code: 'VALIDATION' })
    await expect(core.call('exports.start', { what: 'changes', format: 'pdf', lang: 'de' } as unknown as InputOf<'exports.start'>)).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('a failing export ends as failed with a translated error', async () => {
    const { dir: other, cleanup: done } = tempDir('dpo-export-jobs-gdpr-')
    const c = makeCore(other)
    try {
      await c.call('workspace.create', { file: join(other, 'g.dpo'), passphrase: PASSPHRASE, organisationName: 'Nur DSGVO GmbH', regimes: ['gdpr'], language: 'de' })
      const { jobId } = await c.call('exports.start', { what: 'ropa', kind: 'revdsg', format: 'pdf', lang: 'de' })
      const last = (await follow(c, jobId)).at(-1)!
      expect(last.state).toBe('failed')
      expect(last.error?.code).toBe('VALIDATION')
      expect(last.error?.message).toBeTruthy()
    } finally {
      c.close()
      done()
    }
  }, SLOW)

  it('keeps the event loop responsive during a PDF export of 300 activities', async () => {
    const { dir: other, cleanup: done } = tempDir('dpo-export-jobs-300-')
    const c = makeCore(other)
    try {
      await c.call('workspace.create', { file: join(other, 'big.dpo'), passphrase: PASSPHRASE, organisationName: 'Gross AG', regimes: ['gdpr'], language: 'de' })
      for (let i = 1; i <= 300; i++) {
        await c.call('activities.create', {
          data: { name: `Tätigkeit ${i}`, description: 'Eine generierte Verarbeitungstätigkeit für den Test der Fortschrittsanzeige.', purposes: [`Zweck ${i}`, 'Vertragserfüllung'], regimes: ['gdpr'] }
        })
      }
      // A timer that should fire every 10 ms: its worst lateness is the longest stall.
      let maxLag = 0
      let expected = performance.now() + 10
      let ticking = true
      const tick = (): void => {
        const now = performance.now()
        maxLag = Math.max(maxLag, now - expected)
        expected = now + 10
        if (ticking) setTimeout(tick, 10)
      }
      setTimeout(tick, 10)
      const started = performance.now()
      const { jobId } = await c.call('exports.start', { what: 'ropa', kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' })
      const seen = await follow(c, jobId, 20)
      ticking = false
      const last = seen.at(-1)!
      expect(last.state).toBe('done')
      const running = seen.filter((p) => p.state === 'running')
      console.log(
        `[export-jobs] 300 activities as PDF: ${((performance.now() - started) / 1000).toFixed(2)} s, ${running.length} progress answers while running, ` +
          `longest setTimeout lag ${maxLag.toFixed(0)} ms, ${last.result!.bytes} bytes`
      )
      // Progress was observed more than once while the export ran (no timing is asserted).
      expect(new Set(running.map((p) => `${p.phase}:${p.done}`)).size).toBeGreaterThan(1)
    } finally {
      c.close()
      done()
    }
  }, SLOW)
})
