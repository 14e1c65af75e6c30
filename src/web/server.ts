import { timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Dispatch } from '../core/dispatcher'

export interface WebServerOptions {
  dispatch: Dispatch
  token: string
  /** The built renderer (out/renderer). */
  staticDir: string
  /** Largest accepted request body; bigger ones get a typed error, nothing is parsed. */
  maxBodyBytes?: number
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': CSP
  })
  res.end(body)
}

const refuse = (res: ServerResponse, status: number, code: 'FORBIDDEN' | 'VALIDATION', message: string): void =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }))

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Only pages served by this very server may call it: the Host must be our loopback address
 * (defeats DNS rebinding) and a browser's Origin, when sent, must be the same origin (defeats
 * cross-site requests). The token proves the caller got the URL this process printed.
 */
export function checkRequest(req: Pick<IncomingMessage, 'headers'>, port: number, token: string): string | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = req.headers.host ?? ''
  if (!allowedHosts.includes(host)) return 'foreign host'
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) return 'foreign origin'
  const given = req.headers['x-dpo-token']
  if (typeof given !== 'string' || !sameSecret(given, token)) return 'missing or wrong token'
  return null
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, options: WebServerOptions, port: number): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'FORBIDDEN', 'POST only')
  const problem = checkRequest(req, port, options.token)
  if (problem) return refuse(res, 403, 'FORBIDDEN', problem)
  const body = await readBody(req, options.maxBodyBytes ?? 32 * 1024 * 1024)
  if (body === null) return refuse(res, 413, 'VALIDATION', 'request too large')
  let input: unknown
  try {
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    return refuse(res, 400, 'VALIDATION', 'body is not JSON')
  }
  const result = await options.dispatch(decodeURIComponent(method), input)
  send(res, 200, JSON.stringify(result))
}

function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, staticDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain')
  const root = resolve(staticDir)
  const wanted = pathname === '/' ? '/index.html' : pathname
  const file = normalize(join(root, decodeURIComponent(wanted)))
  // The single-page app answers every unknown path with its index; nothing outside root is served.
  const target = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html')
  if (!existsSync(target)) return send(res, 500, 'renderer not built: run npm run build', 'text/plain')
  res.writeHead(200, {
    'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': CSP
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(target).pipe(res)
}

export function createWebServer(options: WebServerOptions): Server {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/healthz') return send(res, 200, '"ok"')
    const api = /^\/api\/([^/]+)$/.exec(url.pathname)
    if (api) {
      // The Host must name the port we really listen on, whatever was asked for at start.
      const port = (server.address() as AddressInfo).port
      handleApi(req, res, api[1], options, port).catch(() => refuse(res, 500, 'FORBIDDEN', 'request failed'))
      return
    }
    serveStatic(req, res, url.pathname, options.staticDir)
  })
  return server
}
