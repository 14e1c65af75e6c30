import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(__dirname, '../../..')

/** The worker entry as the CLI and the web shell use it (vite.node.config.mts builds it). */
export const WORKER_FILE = join(root, 'out/node/worker.js')

function newest(dir: string): { file: string; mtimeMs: number } {
  let best = { file: '', mtimeMs: 0 }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const found = entry.isDirectory() ? newest(path) : { file: path, mtimeMs: statSync(path).mtimeMs }
    if (found.mtimeMs > best.mtimeMs) best = found
  }
  return best
}

/**
 * The built worker, checked to be current: the worker tests run the bundle the shells run, so a
 * missing or stale build (older than a source it is made of) fails here with the command to run.
 * `npm run test:unit` builds first; a single test file run by hand needs `npm run build:node`.
 */
export function builtWorker(): string {
  if (!existsSync(WORKER_FILE)) throw new Error('out/node/worker.js is missing: run `npm run build:node` first (`npm run test:unit` builds by itself)')
  const built = statSync(WORKER_FILE).mtimeMs
  for (const dir of ['src/core', 'src/shared']) {
    const source = newest(join(root, dir))
    if (source.mtimeMs > built) throw new Error(`out/node/worker.js is older than ${relative(root, source.file)}: run \`npm run build:node\` first`)
  }
  return WORKER_FILE
}
