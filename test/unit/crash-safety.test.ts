import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect, spawnTs } from './support/child'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

const ROUNDS = 20

let dir: string
let cleanup: () => void
beforeAll(() => ({ dir, cleanup } = tempDir('dpo-crash-')))
afterAll(() => cleanup())

describe('crash safety', () => {
  it(`keeps every acknowledged commit when the writer is killed with SIGKILL (${ROUNDS} rounds)`, async () => {
    const { core, file } = await createWorkspaceFile(dir, 'crash')
    core.close()
    const acknowledged: number[] = []
    let next = 0
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawnTs('test/fixtures/crash-writer.mts', [file, PASSPHRASE, dir, String(next)])
      const done = collect(child)
      let opened = false
      child.stdout!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          if (line === 'open') {
            opened = true
            // Kill at a random moment while commits are in flight.
            setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 300))
          } else acknowledged.push(Number(line))
        }
      })
      const result = await done
      expect(opened, result.stderr).toBe(true)
      expect(result.signal).toBe('SIGKILL')
      next = (acknowledged.at(-1) ?? next) + 1000

      const checker = makeCore(dir)
      await checker.call('workspace.open', { file, passphrase: PASSPHRASE })
      const verify = await checker.call('workspace.verify', {})
      expect(verify.integrity).toEqual([])
      expect(verify.audit.ok).toBe(true)
      const { rows } = await checker.call('dataSubjects.list', { limit: 20_000 })
      const names = new Set(rows.map((r) => r.name))
      const lost = acknowledged.filter((n) => !names.has(`row-${n}`))
      expect(lost, `round ${round}: acknowledged but lost`).toEqual([])
      checker.close()
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS)
  }, 240_000)
})
