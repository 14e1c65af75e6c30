import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createCore } from '../core'
import { createWebServer } from './server'

/**
 * `npm run web`: the same renderer in a normal browser, against the same core, on 127.0.0.1 only.
 * Options: --port N (default 5178), --dir FOLDER (workspaces), --data FOLDER (settings),
 * --token T (tests only; by default a fresh random token per launch), --fresh (tests: start clean).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5178' },
    dir: { type: 'string' },
    data: { type: 'string' },
    token: { type: 'string' },
    fresh: { type: 'boolean', default: false }
  }
})

const here = dirname(fileURLToPath(import.meta.url))
const port = Number(values.port)
const workspacesDir = resolve(values.dir ?? join(homedir(), 'DPO Workbench'))
const dataDir = resolve(values.data ?? (values.dir ? join(workspacesDir, '.settings') : join(homedir(), '.config', 'dpo-workbench')))
if (values.fresh) {
  rmSync(workspacesDir, { recursive: true, force: true })
  rmSync(dataDir, { recursive: true, force: true })
}
const token = values.token ?? randomBytes(24).toString('hex')
// Export rendering, full checks and reading import files run in the worker thread built next to this file (out/node/worker.js).
const core = createCore({ shell: 'web', settingsFile: join(dataDir, 'settings.json'), defaultWorkspacesDir: workspacesDir, workerFile: join(here, 'worker.js') })
const server = createWebServer({ dispatch: core.dispatch, token, staticDir: join(here, '../renderer') })

server.listen(port, '127.0.0.1', () => {
  console.log(`DPO Workbench (web shell) is running. Open this address in your browser:\n\n  http://127.0.0.1:${port}/?token=${token}\n\nWorkspaces folder: ${workspacesDir}\nStop with Ctrl+C (this locks the open workspace).`)
})

const stop = (): void => {
  core.close()
  server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
