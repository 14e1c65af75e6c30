import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCore, type Core } from '../core'
import type { Language } from '../shared/model'

/**
 * The CLI keeps its own settings file, so switching the CLI's language (which the core persists)
 * never changes the app's. DPO_CONFIG_DIR overrides the folder (tests, portable installs).
 */
export function cliSettingsFile(env: NodeJS.ProcessEnv): string {
  const dir = env.DPO_CONFIG_DIR || join(homedir(), '.config', 'dpo-workbench')
  return join(resolve(dir), 'cli-settings.json')
}

/**
 * The worker thread of export rendering, full checks and import reading, next to the bundle (out/node/worker.js).
 * Run from the TypeScript sources (tests) there is none, and the work runs in-process.
 */
function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(file) ? file : undefined
}

/** The same core as the app, with the CLI's language set so its errors come back translated. */
export async function startCore(options: { env: NodeJS.ProcessEnv; language: Language; author?: string }): Promise<Core> {
  const core = createCore({
    shell: 'cli',
    settingsFile: cliSettingsFile(options.env),
    // FILE arguments are made absolute before they reach the core, so this folder is never used.
    defaultWorkspacesDir: join(homedir(), 'DPO Workbench'),
    author: options.author,
    workerFile: workerFile()
  })
  const settings = await core.call('settings.get', {})
  if (settings.language !== options.language) await core.call('settings.update', { language: options.language })
  return core
}
