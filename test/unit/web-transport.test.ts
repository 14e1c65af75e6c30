import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWebServer } from '../../src/web/server'
import { makeCore, tempDir } from './support/core'

let dir: string
let cleanup: () => void
let server: Server
let port: number
const TOKEN = 'a'.repeat(48)

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir())
  server = createWebServer({ dispatch: makeCore(dir).dispatch, token: TOKEN, staticDir: dir, maxBodyBytes: 1024 })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
})
afterEach(async () => {
  await new Promise((done) => server.close(done))
  cleanup()
})

/** A raw request, so Host and Origin can be set to what an attacker's page would send. */
function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = ''
      res.on('data', (d: Buffer) => (text += d.toString()))
      res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
    })
    req.on('error', fail)
    req.end(body)
  })
}

const good = (): Record<string, string> => ({ host: `127.0.0.1:${port}`, 'x-dpo-token': TOKEN })

describe('the web transport', () => {
  it('dispatches a call with the right token, host and origin', async () => {
    const res = await post('/api/app.info', '{}', { ...good(), origin: `http://127.0.0.1:${port}` })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ok: true, value: { name: 'DPO Workbench' } })
  })

  it.each([
    ['a missing token', (h: Record<string, string>) => ({ host: h.host })],
    ['a wrong token', (h: Record<string, string>) => ({ ...h, 'x-dpo-token': 'b'.repeat(48) })],
    ['a foreign Host (DNS rebinding)', (h: Record<string, string>) => ({ ...h, host: `evil.example:${port}` })],
    ['a foreign Origin (another site)', (h: Record<string, string>) => ({ ...h, origin: 'http://evil.example' })],
    ['a loopback Origin on another port', (h: Record<string, string>) => ({ ...h, origin: `http://127.0.0.1:${port + 1}` })]
  ])('refuses %s', async (_name, headers) => {
    const res = await post('/api/workspace.status', '{}', headers(good()))
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses bodies that are too large or not JSON, and unknown methods', async () => {
    expect((await post('/api/app.info', 'x'.repeat(5000), good())).status).toBe(413)
    expect(await post('/api/app.info', '{nope', good())).toMatchObject({ status: 400, body: { ok: false, error: { code: 'VALIDATION' } } })
    expect(await post('/api/no.such', '{}', good())).toMatchObject({ status: 200, body: { ok: false, error: { code: 'UNKNOWN_METHOD' } } })
  })
})
