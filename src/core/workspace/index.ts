/** The encrypted workspace file: the only place in the app that speaks SQL. */
export { auditHistory, auditPage, verifyAudit, GENESIS } from './audit'
export { migrate, migrations, latestVersion, type Migration } from './migrations'
export { setNativeBinding } from './native'
export { getOrganisation, initOrganisation, updateOrganisation } from './organisation'
export { createEntity, findByCatalogKey, findByName, getEntity, listEntities, searchAll, setArchived, updateEntity, usageOf, type Actor, type EntityDoc } from './repository'
export { CIPHER, normalisePassphrase, type Db } from './sqlcipher'
export { changePassphrase, closeWorkspace, createWorkspace, openWorkspace, verifyWorkspace, workspaceInfo, backupCopy, type OpenedWorkspace } from './store'
export { catalogEntries, recordCatalogEntry, setWorkspaceCatalogVersion, workspaceCatalogVersion, type CatalogEntryRow } from './catalog-entries'
