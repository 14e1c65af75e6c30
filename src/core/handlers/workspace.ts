import { createHmac, randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { DomainError } from '../../shared/errors'
import type { WorkspaceStatus } from '../../shared/api'
import { CLOSED_STATUS } from '../../shared/closed-status'
import type { Context, Handlers } from '../context'
import { passphraseStrength } from '../passphrase'
import { contentLocale, usesSwissTerminology } from '../terminology'
import { seedCatalog } from '../catalogs/workspace-catalog'
import { Organisation } from '../../shared/model'
import { resolveWorkspaceFile } from '../workspace-file'
import {
  backupWorkspace,
  changePassphrase,
  closeWorkspace,
  restoreWorkspace,
  setWorkspaceCatalogVersion,
  createWorkspace,
  getOrganisation,
  initOrganisation,
  normalisePassphrase,
  openWorkspace,
  verifyWorkspace,
  workspaceInfo,
  type OpenedWorkspace
} from '../workspace'

/**
 * The passphrase is needed again only to confirm a change of passphrase. Instead of keeping it,
 * the session keeps an HMAC under a key that lives only in this process.
 */
const verifierKey = randomBytes(32)
const verifiers = new WeakMap<OpenedWorkspace, string>()
const verifierOf = (passphrase: string): string => createHmac('sha256', verifierKey).update(normalisePassphrase(passphrase)).digest('hex')

function status(ctx: Context, passphraseWarning: WorkspaceStatus['passphraseWarning'] = null): WorkspaceStatus {
  const ws = ctx.session.workspace
  if (!ws) return CLOSED_STATUS
  const org = getOrganisation(ws.db)
  return {
    open: true,
    file: ws.file,
    organisationName: org.name,
    regimes: org.regimes,
    language: org.language,
    schemaVersion: ws.schemaVersion,
    passphraseWarning,
    backupBeforeMigration: ws.backupBeforeMigration,
    swissTerminology: usesSwissTerminology(org)
  }
}

async function weakWarning(passphrase: string, ctx: Context): Promise<WorkspaceStatus['passphraseWarning']> {
  const strength = await passphraseStrength(passphrase, ctx.settings.get().language)
  return strength.weak ? strength : null
}

function attach(ctx: Context, ws: OpenedWorkspace, passphrase: string): void {
  ctx.session.attach(ws)
  verifiers.set(ws, verifierOf(passphrase))
  ctx.settings.remember(ws.file, getOrganisation(ws.db).name)
}

function refuseIfOpen(ctx: Context): void {
  if (ctx.session.workspace) throw new DomainError('WORKSPACE_ALREADY_OPEN_HERE')
}

export const workspaceHandlers: Pick<
  Handlers,
  | 'workspace.status'
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.openRemembered'
  | 'workspace.forgetPassphrase'
  | 'workspace.lock'
  | 'workspace.touch'
  | 'workspace.changePassphrase'
  | 'workspace.recent'
  | 'workspace.forgetRecent'
  | 'workspace.info'
  | 'workspace.backup'
  | 'workspace.restore'
  | 'workspace.verify'
  | 'passphrase.strength'
> = {
  'workspace.status': (_input, ctx) => status(ctx),

  'workspace.create': async (input, ctx) => {
    refuseIfOpen(ctx)
    const file = resolveWorkspaceFile(input.file, ctx.settings.get().workspacesDir)
    const ws = createWorkspace(file, input.passphrase, { migrations: ctx.migrations })
    try {
      ws.db.transaction(() => {
        const org = initOrganisation(ws.db, ctx.actor(), Organisation.parse({ name: input.organisationName, regimes: input.regimes, language: input.language }))
        // The demo brings its own categories; a new empty workspace starts from the catalogs.
        if (!input.demo) seedCatalog(ws.db, ctx.actor(), ctx.catalogs, org.regimes, contentLocale(org))
      })()
      attach(ctx, ws, input.passphrase)
    } catch (error) {
      // A workspace that could not be set up completely is removed: it holds nothing yet.
      closeWorkspace(ws.db)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
      throw error
    }
    if (input.demo) {
      try {
        const { seedDemo } = await import('../demo')
        await seedDemo(ctx.call)
        // The demo's categories carry catalog keys; later catalog releases compare against this one.
        ctx.session.write((db) => setWorkspaceCatalogVersion(db, ctx.catalogs.catalogVersion))
        ctx.settings.remember(file, getOrganisation(ctx.session.require().db).name)
      } catch (error) {
        // A half-seeded demo is worth nothing: remove the new file rather than leave it open.
        ctx.session.lock()
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
        throw error
      }
    }
    return status(ctx, await weakWarning(input.passphrase, ctx))
  },

  'workspace.open': (input, ctx) => {
    refuseIfOpen(ctx)
    if (input.remember && !ctx.keychain?.available()) throw new DomainError('KEYCHAIN_UNAVAILABLE')
    const file = resolveWorkspaceFile(input.file, ctx.settings.get().workspacesDir)
    const ws = openWorkspace(file, input.passphrase, { migrations: ctx.migrations, trusted: ctx.settings.trusted(file) })
    attach(ctx, ws, input.passphrase)
    if (input.remember) ctx.keychain?.save(file, input.passphrase)
    return status(ctx)
  },

  'workspace.openRemembered': (input, ctx) => {
    refuseIfOpen(ctx)
    const file = resolveWorkspaceFile(input.file, ctx.settings.get().workspacesDir)
    const passphrase = ctx.keychain?.available() ? ctx.keychain.load(file) : null
    if (passphrase === null) throw new DomainError('KEYCHAIN_UNAVAILABLE')
    attach(ctx, openWorkspace(file, passphrase, { migrations: ctx.migrations, trusted: ctx.settings.trusted(file) }), passphrase)
    return status(ctx)
  },

  'workspace.forgetPassphrase': (input, ctx) => {
    ctx.keychain?.forget(resolveWorkspaceFile(input.file, ctx.settings.get().workspacesDir))
    return { ok: true as const }
  },

  'workspace.lock': (_input, ctx) => {
    ctx.session.lock()
    return status(ctx)
  },

  'workspace.touch': (_input, ctx) => {
    ctx.session.touch()
    return { ok: true as const }
  },

  'workspace.changePassphrase': async (input, ctx) => {
    const ws = ctx.session.require()
    if (verifiers.get(ws) !== verifierOf(input.current)) throw new DomainError('PASSPHRASE_MISMATCH')
    changePassphrase(ws.db, input.next)
    verifiers.set(ws, verifierOf(input.next))
    if (ctx.keychain?.available() && ctx.keychain.has(ws.file)) ctx.keychain.save(ws.file, input.next)
    return status(ctx, await weakWarning(input.next, ctx))
  },

  'workspace.recent': (_input, ctx) =>
    ctx.settings.recent().map((r) => ({ ...r, exists: existsSync(r.file), remembered: Boolean(ctx.keychain?.available() && ctx.keychain.has(r.file)) })),

  'workspace.forgetRecent': (input, ctx) => {
    ctx.settings.forget(input.file)
    return { ok: true as const }
  },

  'workspace.backup': (input, ctx) => {
    const ws = ctx.session.require()
    // The passphrase is asked again: a backup is a copy of everything, made on purpose.
    if (verifiers.get(ws) !== verifierOf(input.passphrase)) throw new DomainError('PASSPHRASE_MISMATCH')
    const target = resolveWorkspaceFile(input.file, ctx.settings.get().workspacesDir)
    return backupWorkspace(ws.db, target, input.passphrase, input.newPassphrase)
  },

  'workspace.restore': (input, ctx) => {
    const dir = ctx.settings.get().workspacesDir
    const result = restoreWorkspace(resolveWorkspaceFile(input.backup, dir), resolveWorkspaceFile(input.file, dir), input.passphrase)
    return result
  },

  'workspace.info': (_input, ctx) => ctx.session.read((db) => workspaceInfo(db, ctx.session.require().file)),

  'workspace.verify': (_input, ctx) =>
    ctx.session.read((db) => {
      const report = verifyWorkspace(db)
      // A clean integrity_check has read every page: that counts as the periodic full check.
      if (report.integrity.length === 0 && report.cipherIntegrity.length === 0) ctx.session.require().checkedAt = new Date().toISOString()
      return report
    }),

  'passphrase.strength': (input, ctx) => passphraseStrength(input.passphrase, ctx.settings.get().language)
}
