import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore, type Core, type CoreOptions } from '../../../src/core'

export const PASSPHRASE = 'korrekt Pferd Batterie Heftklammer'

/** A private temp folder per test, removed afterwards by the returned cleanup. */
export function tempDir(prefix = 'dpo-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function makeCore(dir: string, options: Partial<CoreOptions> = {}): Core {
  return createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'Test DPO', ...options })
}

/** Creates a workspace file and leaves it open in the returned core. */
export async function createWorkspaceFile(
  dir: string,
  name = 'ws',
  options: { passphrase?: string; regimes?: Array<'gdpr' | 'revdsg'>; core?: Core } = {}
): Promise<{ core: Core; file: string }> {
  const core = options.core ?? makeCore(dir)
  const status = await core.call('workspace.create', {
    file: join(dir, `${name}.dpo`),
    passphrase: options.passphrase ?? PASSPHRASE,
    organisationName: 'Muster AG',
    regimes: options.regimes ?? ['gdpr', 'revdsg'],
    language: 'de'
  })
  return { core, file: status.file! }
}
