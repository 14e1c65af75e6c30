/** The passphrase of workspaces made by `npm run gen` unless --passphrase says otherwise (test data only). */
export const DEFAULT_PASSPHRASE = 'Generierter Arbeitsbereich fuer Messungen 2026'
