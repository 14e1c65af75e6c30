import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Core } from '../../src/core'
import { copyFileSync } from 'node:fs'
import { fullCheck, loadCheckData, type FullCheckInput } from '../../src/core/checks'
import { collectData, collectDataInSlices, selectIds, type Reader, type SnapshotData } from '../../src/core/exports/collect'
import { snapshotOf } from '../../src/core/exports/snapshot'
import { tomsDocument } from '../../src/core/exports/toms'
import { words } from '../../src/core/exports/words'
import { Cancelled, MAX_BUSY, Offload } from '../../src/core/worker/host'
import { receiveError, sendError } from '../../src/core/worker/protocol'
import { runTask, type Task } from '../../src/core/worker/tasks'
import { closeWorkspace, createEntity, listCheckAcks, openWorkspace } from '../../src/core/workspace'
import type { OutputOf } from '../../src/shared/api'
import { DomainError } from '../../src/shared/errors'
import { makeCore, PASSPHRASE, tempDir } from './support/core'
import { b64, badRowsCsv, englishWorkbook, GERMAN_HEADERS, GERMAN_ROWS, germanWorkbook, mojibakeCsv, refusedFiles, refusedJson, sheetOf, windows1252Csv, xlsx } from './support/imports'
import { builtWorker } from './support/worker'

/**
 * The worker thread of long work (src/core/worker), run from its built file out/node/worker.js —
 * the bundle the CLI and the web shell hand to createCore (see support/worker.ts for why the build
 * and not the sources). Real workspaces, real exports and checks; nothing is mocked.
 */

const SLOW = 240_000
const TODAY = '2026-03-10'

let worker: string
let dir: string
let cleanup: () => void
let demo: string
let big: string

beforeAll(async () => {
  worker = builtWorker()
  ;({ dir, cleanup } = tempDir('dpo-worker-'))
  const core = makeCore(dir)
  try {
    demo = join(dir, 'demo.dpo')
    await core.call('workspace.create', { file: demo, passphrase: PASSPHRASE, organisationName: 'x', regimes: ['gdpr', 'revdsg'], language: 'de', demo: true })
    await core.call('workspace.lock', {})
    // Big enough that a PDF takes a while: cancelling and concurrent calls happen mid-render.
    big = join(dir, 'big.dpo')
    await core.call('workspace.create', { file: big, passphrase: PASSPHRASE, organisationName: 'Gross AG', regimes: ['gdpr'], language: 'de' })
    for (let i = 1; i <= 300; i++) {
      await core.call('activities.create', {
        data: { name: `Tätigkeit ${i}`, description: 'Eine generierte Verarbeitungstätigkeit für den Test des Worker-Threads.', purposes: [`Zweck ${i}`, 'Vertragserfüllung'], regimes: ['gdpr'] }
      })
    }
  } finally {
    core.close()
  }
}, SLOW)

afterAll(() => cleanup?.())

type Progress = OutputOf<'exports.progress'>
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

async function follow(c: Core, jobId: string, every = 5): Promise<Progress[]> {
  const seen: Progress[] = []
  for (;;) {
    const p = await c.call('exports.progress', { jobId })
    seen.push(p)
    if (p.state !== 'running') return seen
    await sleep(every)
  }
}

/** Polls until the job is rendering (so its worker has the task), returning what was seen. */
async function untilRendering(c: Core, jobId: string): Promise<Progress> {
  for (;;) {
    const p = await c.call('exports.progress', { jobId })
    if (p.state !== 'running' || (p.phase === 'render' && p.done > 0)) return p
    await sleep(5)
  }
}

/** Opens a workspace file directly (no core) and reads what a task is made of. */
function readWorkspace<T>(file: string, fn: (db: ReturnType<typeof openWorkspace>['db']) => T): T {
  const { db } = openWorkspace(file, PASSPHRASE)
  try {
    return fn(db)
  } finally {
    closeWorkspace(db)
  }
}

/**
 * Two renderings of one document. PDF: equal once the creation time (info dictionary and XMP) and
 * the file ID derived from it are masked, same length. XLSX and DOCX: every part of the ZIP equal
 * but the core properties (their time stamps) and, in DOCX, the embedded fonts, which Word's
 * font obfuscation scrambles with a fresh random key each time (and fontTable.xml names the key).
 */
function expectSameDocument(format: string, a: Buffer, b: Buffer): void {
  if (format === 'json' || format === 'csv') {
    expect(b.equals(a)).toBe(true)
    return
  }
  if (format === 'pdf') {
    const mask = (bytes: Buffer): string =>
      bytes
        .toString('latin1')
        .replace(/\(D:\d{14}[^)]*\)/g, (m) => '#'.repeat(m.length))
        .replace(/<xmp:(Create|Modify)Date>[^<]*</g, (m) => '#'.repeat(m.length))
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, (m) => '#'.repeat(m.length))
    expect(b.length).toBe(a.length)
    expect(mask(b) === mask(a)).toBe(true)
    return
  }
  const za = unzipSync(new Uint8Array(a))
  const zb = unzipSync(new Uint8Array(b))
  expect(Object.keys(zb).sort()).toEqual(Object.keys(za).sort())
  const volatile = (name: string): boolean => name === 'docProps/core.xml' || name === 'word/fontTable.xml' || name.startsWith('word/fonts/')
  for (const name of Object.keys(za)) {
    if (volatile(name)) expect(zb[name]!.length, name).toBe(za[name]!.length)
    else expect(Buffer.from(zb[name]!).equals(Buffer.from(za[name]!)), name).toBe(true)
  }
}


/**
 * Runs a long call and, once the worker has its task, asks workspace.info every 20 ms until the
 * call settles; a 5 ms timer's longest gap tells how long the core's loop was blocked meanwhile.
 */
async function whileRunning<T>(c: ReturnType<typeof makeCore>, start: () => Promise<T>): Promise<{ result: T; answers: string[]; longest: number }> {
  let settled = false
  const pending = start().finally(() => (settled = true))
  // Wait until the worker has the task: the snapshot is read, the thread started.
  while (c.offload.threads === 0 && !settled) await sleep(2)
  let longest = 0
  let last = performance.now()
  const ticker = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  const answers: string[] = []
  try {
    while (!settled) {
      const info = await c.call('workspace.info', {})
      if (!settled) answers.push(info.file)
      await sleep(20)
    }
  } finally {
    clearInterval(ticker)
  }
  return { result: await pending, answers, longest }
}
describe('the worker thread (out/node/worker.js)', () => {
  it('renders every export format and evaluates a full check exactly as the core thread does', async () => {
    const { data, ids, check, tomsDoc } = readWorkspace(demo, (db) => {
      const data: SnapshotData = collectData(db)
      const snapshot = snapshotOf(data)
      const ids = selectIds(db, snapshot, 'activities', { type: 'all' }, false)
      const check: FullCheckInput = { ...loadCheckData(db, TODAY), acks: listCheckAcks(db), locale: 'de-CH' }
      const tomsDoc = tomsDocument(snapshot, { groupBy: 'sdmGoal', onlyImplemented: false, format: 'pdf', lang: 'en' }, words('en', { regime: null, swissOrg: snapshot.swiss }), {
        documentId: 'TOM-TEST',
        generatedAt: '2026-03-10T09:00:00.000Z',
        author: 'Test DPO'
      })
      return { data, ids, check, tomsDoc }
    })
    expect(ids.length).toBeGreaterThan(5)
    const offload = new Offload(worker)
    try {
      for (const format of ['json', 'csv', 'xlsx', 'pdf', 'docx'] as const) {
        const task: Task = {
          type: 'ropa',
          snapshot: data,
          ids,
          options: { kind: 'gdpr-controller', depth: 'internal', format, lang: 'de', scope: { type: 'all' }, includeArchived: false, exportId: 'e1', documentId: 'VVT-TEST', generatedAt: '2026-03-10T09:00:00.000Z', author: 'Test DPO' }
        }
        const here = await runTask(task)
        const there = await offload.run(task)
        expect(offload.usesWorker).toBe(true)
        expect(Buffer.isBuffer(there)).toBe(true)
        expectSameDocument(format, here, there)
      }
      for (const format of ['pdf', 'docx'] as const) {
        const task: Task = { type: 'document', document: tomsDoc, format }
        expectSameDocument(format, await runTask(task), await offload.run(task))
      }
      // The core thread's rules fill defaults into the documents they get: give them a copy.
      const inProcess = fullCheck(structuredClone(check))
      const viaWorker = await offload.run({ type: 'checks', input: check })
      expect(inProcess.findings.length).toBeGreaterThan(0)
      expect(viaWorker).toEqual(inProcess)
      // One worker did all of it, one task after the other, and waits for the next.
      expect(offload.threads).toBe(1)
    } finally {
      offload.close()
    }
    expect(offload.threads).toBe(0)
  }, SLOW)

  it('gives the same export and the same check report through the API as a core without a worker', async () => {
    const ropa = { kind: 'revdsg', depth: 'authority', format: 'json', lang: 'de', scope: { type: 'all' }, includeArchived: false } as const
    const comparable = (base64: string): unknown => {
      const file = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { meta: Record<string, unknown> }
      const { exportId: _e, documentId: _d, generatedAt: _g, ...meta } = file.meta
      return { ...file, meta }
    }
    const run = async (withWorker: boolean): Promise<{ export: unknown; report: OutputOf<'checks.run'>; usedWorker: boolean }> => {
      const c = makeCore(dir, withWorker ? { workerFile: worker } : {})
      try {
        await c.call('workspace.open', { file: demo, passphrase: PASSPHRASE })
        const exported = await c.call('exports.ropa', ropa)
        expect(sha(Buffer.from(exported.base64, 'base64'))).toBe(exported.sha256)
        const report = await c.call('checks.run', { today: TODAY })
        return { export: comparable(exported.base64), report, usedWorker: c.offload.usesWorker && c.offload.threads > 0 }
      } finally {
        c.close()
      }
    }
    const viaWorker = await run(true)
    const inProcess = await run(false)
    expect(viaWorker.usedWorker).toBe(true)
    expect(inProcess.usedWorker).toBe(false)
    expect(viaWorker.export).toEqual(inProcess.export)
    const { ranAt: _a, durationMs: _b, ...workerReport } = viaWorker.report
    const { ranAt: _c, durationMs: _d, ...processReport } = inProcess.report
    expect(workerReport.findings.length).toBeGreaterThan(0)
    expect(workerReport).toEqual(processReport)
  }, SLOW)

  it('reports the progress of a worker export job as it renders', async () => {
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      const { jobId } = await c.call('exports.start', { what: 'ropa', kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' })
      const seen = await follow(c, jobId)
      const last = seen.at(-1)!
      expect(last.state).toBe('done')
      expect(c.offload.usesWorker).toBe(true)
      const running = seen.filter((p) => p.state === 'running')
      // The render phase's reports came from the worker, more than one, and never went back.
      expect(new Set(running.filter((p) => p.phase === 'render').map((p) => p.done)).size).toBeGreaterThan(1)
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done)
      expect(last.done).toBe(last.total)
      const bytes = Buffer.from(last.result!.base64, 'base64')
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      expect(sha(bytes)).toBe(last.result!.sha256)
      expect((await c.call('exports.log', {})).some((e) => e.id === last.result!.exportId)).toBe(true)
    } finally {
      c.close()
    }
  }, SLOW)

  it('cancel terminates the worker at once and leaves no export-log row', async () => {
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      const before = (await c.call('exports.log', {})).length
      const { jobId } = await c.call('exports.start', { what: 'ropa', kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'en' })
      const rendering = await untilRendering(c, jobId)
      expect(rendering.state).toBe('running')
      expect(c.offload.threads).toBe(1)
      expect(await c.call('exports.cancel', { jobId })).toEqual({ state: 'running' })
      // The worker is terminated by the cancel itself, not at its next progress report.
      expect(c.offload.threads).toBe(0)
      const last = (await follow(c, jobId)).at(-1)!
      expect(last.state).toBe('cancelled')
      expect(last.result).toBeUndefined()
      expect((await c.call('exports.log', {})).length).toBe(before)
      // The next export starts a new worker and works.
      const again = await c.call('exports.ropa', { kind: 'gdpr-controller', depth: 'authority', format: 'csv', lang: 'en' })
      expect(again.bytes).toBeGreaterThan(0)
      expect((await c.call('exports.log', {})).length).toBe(before + 1)
    } finally {
      c.close()
    }
  }, SLOW)

  it('answers other calls while a worker renders an export (the event loop is free)', async () => {
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      const { result, answers, longest } = await whileRunning(c, () => c.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' }))
      console.log(`[worker] 300 activities as PDF in the worker: ${answers.length} workspace.info answers meanwhile, longest timer gap ${longest.toFixed(0)} ms`)
      // Other calls were answered while the export was running, in a worker thread.
      expect(answers.length).toBeGreaterThan(1)
      expect(answers[0]).toBe(big)
      expect(result.bytes).toBeGreaterThan(0)
    } finally {
      c.close()
    }
  }, SLOW)

  it('a lock cancels a running worker export: the thread ends, nothing is logged', async () => {
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      const before = (await c.call('exports.log', {})).length
      const exported = c.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' })
      while (c.offload.threads === 0) await sleep(2)
      await c.call('workspace.lock', {})
      expect(c.offload.threads).toBe(0)
      await expect(exported).rejects.toMatchObject({ code: 'NO_WORKSPACE_OPEN' })
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      expect((await c.call('exports.log', {})).length).toBe(before)
    } finally {
      c.close()
    }
  }, SLOW)

  it('a lock during a full check in the worker ends the call with NO_WORKSPACE_OPEN, and keeps no report', async () => {
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      const checked = c.call('checks.run', {})
      while (c.offload.threads === 0) await sleep(2)
      await c.call('workspace.lock', {})
      await expect(checked).rejects.toMatchObject({ code: 'NO_WORKSPACE_OPEN' })
      await c.call('workspace.open', { file: big, passphrase: PASSPHRASE })
      expect((await c.call('checks.run', {})).findings.length).toBeGreaterThan(0)
    } finally {
      c.close()
    }
  }, SLOW)

  it('runs in the core thread, and says so once, when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const c = makeCore(dir, { workerFile: join(dir, 'no-such-worker.js') })
    try {
      await c.call('workspace.open', { file: demo, passphrase: PASSPHRASE })
      const report = await c.call('checks.run', { today: TODAY })
      const exported = await c.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'csv', lang: 'de' })
      expect(report.findings.length).toBeGreaterThan(0)
      expect(exported.bytes).toBeGreaterThan(0)
      expect(c.offload.usesWorker).toBe(false)
      expect(c.offload.threads).toBe(0)
      const said = warn.mock.calls.map((args) => String(args[0])).filter((line) => line.includes('worker thread cannot start'))
      expect(said).toHaveLength(1)
      expect(said[0]).toContain('no-such-worker.js')
    } finally {
      c.close()
      warn.mockRestore()
    }
  }, SLOW)

  it('runs at most MAX_BUSY workers at once; more tasks wait, and a cancelled one gives up its turn', async () => {
    const input = readWorkspace(big, (db): FullCheckInput => ({ ...loadCheckData(db, TODAY), acks: [], locale: 'de' }))
    const offload = new Offload(worker)
    try {
      let most = 0
      const sampler = setInterval(() => (most = Math.max(most, offload.threads)), 1)
      const cancel = new AbortController()
      const tasks = Array.from({ length: MAX_BUSY + 2 }, (_, i) => offload.run({ type: 'checks', input }, i === MAX_BUSY ? { signal: cancel.signal } : {}))
      cancel.abort()
      const outcomes = await Promise.allSettled(tasks)
      clearInterval(sampler)
      expect(most).toBeLessThanOrEqual(MAX_BUSY)
      expect(outcomes.map((o) => o.status)).toEqual(tasks.map((_, i) => (i === MAX_BUSY ? 'rejected' : 'fulfilled')))
      expect((outcomes[MAX_BUSY] as PromiseRejectedResult).reason).toBeInstanceOf(Cancelled)
      const first = (outcomes[0] as PromiseFulfilledResult<unknown>).value
      expect((outcomes.at(-1) as PromiseFulfilledResult<unknown>).value).toEqual(first)
    } finally {
      offload.close()
    }
  }, SLOW)

  it('reads the export snapshot in slices, and starts again when the workspace changed in between', async () => {
    const file = join(dir, 'sliced.dpo')
    copyFileSync(demo, file)
    const { db } = openWorkspace(file, PASSPHRASE)
    try {
      // Unchanged: the sliced reads give what the one-query reads give.
      const plain: Reader = (fn) => fn(db)
      expect(await collectDataInSlices(plain, 7)).toEqual(collectData(db))
      // Another call edits the workspace while the slices are read (here: on the second read).
      const editingOnce = (name: string): Reader => {
        let reads = 0
        return (fn) => {
          if (++reads === 2) createEntity(db, { author: 'Other call' }, 'dataSubjects', { name })
          return fn(db)
        }
      }
      const exported = await collectDataInSlices(editingOnce('Neu beim Export'), 7)
      expect(exported).toEqual(collectData(db))
      expect(exported.entities.some((e) => e.name === 'Neu beim Export')).toBe(true)
    } finally {
      closeWorkspace(db)
    }
  })

  it('carries a DomainError across the thread boundary with its code, parameters and issues', () => {
    const sent = sendError(new DomainError('VALIDATION', { field: 'kind' }, [{ path: 'kind', message: 'issue.exports.regimeNotKept' }]))
    const back = receiveError(structuredClone(sent))
    expect(back).toBeInstanceOf(DomainError)
    expect(back).toMatchObject({ code: 'VALIDATION', params: { field: 'kind' }, issues: [{ path: 'kind', message: 'issue.exports.regimeNotKept' }] })
    const other = receiveError(structuredClone(sendError(new RangeError('too far'))))
    expect(other).toMatchObject({ name: 'RangeError', message: 'too far' })
  })
})

describe('imports through the worker thread', () => {
  /** The readable files of the import corpus (support/imports.ts), each as a call hands it over. */
  async function readable(): Promise<Array<{ fileName: string; base64: string }>> {
    const files: Array<[string, Buffer]> = [
      ['VVT.xlsx', await germanWorkbook()],
      ['record.xlsx', await englishWorkbook()],
      ['vvt.csv', windows1252Csv()],
      ['rows.csv', badRowsCsv()],
      ['x.csv', mojibakeCsv()]
    ]
    return files.map(([fileName, bytes]) => ({ fileName, base64: b64(bytes) }))
  }

  /** How a task ended: its value, or the error's kind, code, parameters and issues. */
  const outcome = (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      (value) => ({ value }),
      (error: unknown) => (error instanceof DomainError ? { domain: true, code: error.code, params: error.params, issues: error.issues } : { error: String(error) })
    )

  it('reads every file of the import corpus as the core thread does, and refuses the bad ones with the same error', async () => {
    const json = readWorkspace(demo, (db) => {
      const data = collectData(db)
      return { data, ids: selectIds(db, snapshotOf(data), 'activities', { type: 'all' }, false) }
    })
    const exported = await runTask({
      type: 'ropa',
      snapshot: json.data,
      ids: json.ids,
      options: { kind: 'gdpr-controller', depth: 'internal', format: 'json', lang: 'de', scope: { type: 'all' }, includeArchived: false, exportId: '00000000-0000-4000-8000-000000000001', documentId: 'VVT-TEST', generatedAt: '2026-03-10T09:00:00.000Z', author: 'Test DPO' }
    })
    const files = await readable()
    const tasks: Array<{ task: Task; refused?: string }> = []
    for (const file of files) {
      tasks.push({ task: { type: 'importAnalyse', file, locale: 'de' } }, { task: { type: 'importAnalyse', file, locale: 'en' } }, { task: { type: 'importSheet', file, lang: 'de' } })
    }
    // A hidden sheet chosen by name, and a sheet that is not there.
    const english = files[1]!
    tasks.push({ task: { type: 'importAnalyse', file: { ...english, sheet: 'Old' }, locale: 'de-CH' } }, { task: { type: 'importSheet', file: { ...english, sheet: 'Nope' }, lang: 'en' }, refused: 'IMPORT_INVALID' })
    for (const bad of await refusedFiles()) {
      const file = { fileName: bad.fileName, base64: b64(bad.bytes) }
      tasks.push({ task: { type: 'importAnalyse', file, locale: 'de' }, refused: bad.code }, { task: { type: 'importSheet', file, lang: 'en' }, refused: bad.code })
    }
    tasks.push({ task: { type: 'importJson', base64: b64(exported), locale: 'de' } })
    for (const bytes of refusedJson()) {
      for (const locale of ['de', 'en'] as const) tasks.push({ task: { type: 'importJson', base64: b64(bytes), locale }, refused: 'IMPORT_INVALID' })
    }

    const offload = new Offload(worker)
    try {
      for (const { task, refused } of tasks) {
        const name = `${task.type} ${'file' in task ? task.file.fileName : 'json'}`
        const here = await outcome(runTask(task))
        const there = await outcome(offload.run(task))
        expect(offload.usesWorker).toBe(true)
        expect(there, name).toEqual(here)
        if (refused) expect(there, name).toMatchObject({ domain: true, code: refused, params: { reason: expect.any(String) } })
        else expect(there, name).toHaveProperty('value')
      }
      // The malformed export's issues came along, in zod's words in the language asked for (the
      // worker's zod is not the one the dispatcher configures).
      const malformed = b64(refusedJson()[0]!)
      const inGerman = (await outcome(offload.run({ type: 'importJson', base64: malformed, locale: 'de' }))) as { issues: Array<{ path: string; message: string }> }
      const inEnglish = (await outcome(offload.run({ type: 'importJson', base64: malformed, locale: 'en' }))) as { issues: Array<{ path: string; message: string }> }
      expect(inGerman.issues.length).toBeGreaterThan(0)
      expect(inGerman.issues.map((i) => i.path)).toEqual(inEnglish.issues.map((i) => i.path))
      expect(inGerman.issues[0]!.message).toMatch(/Ungültige Eingabe/)
      expect(inEnglish.issues[0]!.message).toMatch(/Invalid input/)
      // One worker read them all, one after the other.
      expect(offload.threads).toBe(1)
    } finally {
      offload.close()
    }
  }, SLOW)

  it('gives the same analysis, preview, dry run and refusals through the API as a core without a worker', async () => {
    const files = await readable()
    const refused = await refusedFiles()
    const source = makeCore(dir)
    let exported: string
    try {
      await source.call('workspace.open', { file: demo, passphrase: PASSPHRASE })
      exported = (await source.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'json', lang: 'de' })).base64
    } finally {
      source.close()
    }
    const run = async (withWorker: boolean): Promise<{ answers: unknown[]; usedWorker: boolean }> => {
      const c = makeCore(dir, withWorker ? { workerFile: worker } : {})
      try {
        await c.call('workspace.open', { file: demo, passphrase: PASSPHRASE })
        const answers: unknown[] = []
        for (const { fileName, base64 } of files) {
          const analysis = await c.dispatch('imports.analyse', { fileName, base64 })
          answers.push(analysis)
          if (!analysis.ok) continue
          const mapping = (analysis.value as OutputOf<'imports.analyse'>).suggestedMapping
          answers.push(await c.dispatch('imports.preview', { fileName, base64, mapping }))
          answers.push(await c.dispatch('imports.commit', { fileName, base64, mapping, dryRun: true }))
        }
        for (const { fileName, bytes } of refused) {
          answers.push(await c.dispatch('imports.analyse', { fileName, base64: b64(bytes) }))
          answers.push(await c.dispatch('imports.commit', { fileName, base64: b64(bytes), mapping: { Bezeichnung: 'name' } }))
        }
        for (const base64 of [exported, ...refusedJson().map(b64)]) answers.push(await c.dispatch('imports.json', { base64, dryRun: true }))
        return { answers, usedWorker: c.offload.usesWorker && c.offload.threads > 0 }
      } finally {
        c.close()
      }
    }
    const viaWorker = await run(true)
    const inProcess = await run(false)
    expect(viaWorker.usedWorker).toBe(true)
    expect(inProcess.usedWorker).toBe(false)
    expect(viaWorker.answers).toEqual(inProcess.answers)
    // Good files were read, bad ones refused with their code and a translated message.
    const failed = viaWorker.answers.filter((a) => !(a as { ok: boolean }).ok)
    expect(failed).toHaveLength(2 * refused.length + refusedJson().length)
    expect(failed.slice(0, 2 * refused.length)).toEqual(refused.flatMap(({ code }) => [expect.objectContaining({ error: expect.objectContaining({ code }) }), expect.objectContaining({ error: expect.objectContaining({ code }) })]))
    expect(failed.at(-2)).toMatchObject({ error: { code: 'IMPORT_INVALID', issues: expect.arrayContaining([expect.objectContaining({ path: 'meta' })]) } })

    // And a real commit through the worker writes, with a backup, like the core thread's.
    const file = join(dir, 'import-commit.dpo')
    copyFileSync(demo, file)
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file, passphrase: PASSPHRASE })
      const { fileName, base64 } = files[0]!
      const { suggestedMapping } = await c.call('imports.analyse', { fileName, base64 })
      const report = await c.call('imports.commit', { fileName, base64, mapping: suggestedMapping })
      expect(report.created + report.updated).toBeGreaterThan(0)
      expect(report.backupFile).toMatch(/import-commit\.pre-import\./)
      expect(c.offload.threads).toBe(1)
    } finally {
      c.close()
    }
  }, SLOW)

  /** A spreadsheet of BIG_ROWS activities: long enough to read that calls arrive meanwhile. */
  const BIG_ROWS = 10_000
  let bigSheet: Promise<string> | undefined
  const bigWorkbook = (): Promise<string> =>
    (bigSheet ??= xlsx(sheetOf([GERMAN_HEADERS, ...Array.from({ length: BIG_ROWS }, (_, i) => GERMAN_ROWS[i % GERMAN_ROWS.length]!.map((cell, c) => (c === 1 ? `${cell} ${i + 1}` : c === 0 ? String(i + 1) : cell)))])).then(b64))

  it('answers other calls while the worker reads a large spreadsheet (the event loop is free)', async () => {
    const base64 = await bigWorkbook()
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file: demo, passphrase: PASSPHRASE })
      const { result: analysis, answers, longest } = await whileRunning(c, () => c.call('imports.analyse', { fileName: 'gross.xlsx', base64 }))
      console.log(`[worker] ${BIG_ROWS} rows of XLSX read in the worker: ${answers.length} workspace.info answers meanwhile, longest timer gap ${longest.toFixed(0)} ms`)
      expect(answers.length).toBeGreaterThan(1)
      expect(answers[0]).toBe(demo)
      expect(analysis.rowCount).toBe(BIG_ROWS)
    } finally {
      c.close()
    }
  }, SLOW)

  it('a lock cancels a worker reading an import: the thread ends, nothing is written', async () => {
    const base64 = await bigWorkbook()
    const file = join(dir, 'import-lock.dpo')
    copyFileSync(demo, file)
    const c = makeCore(dir, { workerFile: worker })
    try {
      await c.call('workspace.open', { file, passphrase: PASSPHRASE })
      const before = await c.call('audit.verify', {})
      const committed = c.call('imports.commit', { fileName: 'gross.xlsx', base64, mapping: { 'Bezeichnung der Verarbeitungstätigkeit': 'name' } })
      while (c.offload.threads === 0) await sleep(2)
      await c.call('workspace.lock', {})
      expect(c.offload.threads).toBe(0)
      await expect(committed).rejects.toMatchObject({ code: 'NO_WORKSPACE_OPEN' })
      await c.call('workspace.open', { file, passphrase: PASSPHRASE })
      expect(await c.call('audit.verify', {})).toMatchObject({ entries: before.entries, head: before.head })
    } finally {
      c.close()
    }
  }, SLOW)
})
