import type { WorkspaceStatus } from './api'

/** The status while no workspace is open: the core's answer, and the UI's state after a lock. */
export const CLOSED_STATUS: WorkspaceStatus = {
  open: false,
  file: null,
  organisationName: null,
  regimes: [],
  language: null,
  schemaVersion: null,
  passphraseWarning: null,
  backupBeforeMigration: null,
  swissTerminology: false
}
