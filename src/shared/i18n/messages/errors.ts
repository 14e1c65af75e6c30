import type { Messages } from '../types'

export const errors = {
  'error.VALIDATION': { de: 'Eingabe ungültig: {details}', en: 'Invalid input: {details}' },
  'error.UNKNOWN_METHOD': { de: 'Unbekannte Funktion «{method}».', en: 'Unknown method "{method}".' },
  'error.NO_WORKSPACE_OPEN': {
    de: 'Kein Arbeitsbereich geöffnet. Bitte öffnen oder entsperren Sie einen Arbeitsbereich.',
    en: 'No workspace is open. Open or unlock a workspace first.'
  },
  'error.WORKSPACE_ALREADY_OPEN_HERE': {
    de: 'In diesem Fenster ist bereits ein Arbeitsbereich geöffnet. Sperren Sie ihn zuerst.',
    en: 'A workspace is already open in this window. Lock it first.'
  },
  'error.WRONG_PASSPHRASE': {
    de: 'Die Passphrase öffnet diesen Arbeitsbereich nicht. Prüfen Sie Feststelltaste und Tastaturlayout. Sind Sie sicher, dass sie stimmt, ist die erste Seite der Datei womöglich beschädigt: Stellen Sie dann eine Sicherung wieder her.',
    en: 'The passphrase does not open this workspace. Check Caps Lock and the keyboard layout. If you are sure it is right, the first page of the file may be damaged: restore a backup.'
  },
  'error.NOT_A_WORKSPACE': {
    de: 'Die Datei ist kein DPO-Workbench-Arbeitsbereich ({reason}). Sie wurde nicht verändert.',
    en: 'The file is not a DPO Workbench workspace ({reason}). It was not changed.'
  },
  'error.DAMAGED': {
    de: 'Der Arbeitsbereich ist beschädigt ({reason}). Die Datei wurde nicht verändert; stellen Sie eine Sicherung wieder her.',
    en: 'The workspace is damaged ({reason}). The file was not changed; restore a backup.'
  },
  'error.NEWER_VERSION': {
    de: 'Dieser Arbeitsbereich wurde mit einer neueren Version von DPO Workbench erstellt (Schema {fileVersion}, diese Version kennt {appVersion}). Bitte aktualisieren Sie die App; die Datei wurde nicht verändert.',
    en: 'This workspace was made by a newer version of DPO Workbench (schema {fileVersion}; this version knows {appVersion}). Update the app; the file was not changed.'
  },
  'error.ALREADY_OPEN': {
    de: 'Der Arbeitsbereich ist bereits in einem anderen Programm oder Fenster geöffnet. Schliessen Sie ihn dort zuerst.',
    en: 'The workspace is already open in another program or window. Close it there first.'
  },
  'error.FILE_NOT_FOUND': { de: 'Die Datei «{file}» existiert nicht.', en: 'The file "{file}" does not exist.' },
  'error.FILE_EXISTS': {
    de: 'Die Datei «{file}» existiert bereits. Wählen Sie einen anderen Namen; bestehende Dateien werden nie überschrieben.',
    en: 'The file "{file}" already exists. Choose another name; existing files are never overwritten.'
  },
  'error.PERMISSION_DENIED': {
    de: 'Keine Berechtigung, «{file}» zu lesen oder zu schreiben.',
    en: 'No permission to read or write "{file}".'
  },
  'error.PASSPHRASE_MISMATCH': {
    de: 'Die aktuelle Passphrase ist falsch. Die Passphrase wurde nicht geändert.',
    en: 'The current passphrase is wrong. The passphrase was not changed.'
  },
  'error.NOT_FOUND': { de: 'Eintrag nicht gefunden ({id}).', en: 'Entry not found ({id}).' },
  'error.VERSION_CONFLICT': {
    de: 'Der Eintrag wurde inzwischen geändert (Version {actual} statt {expected}). Laden Sie ihn neu, bevor Sie speichern.',
    en: 'The entry was changed meanwhile (version {actual}, not {expected}). Reload it before saving.'
  },
  'error.BROKEN_LINK': {
    de: 'Verknüpfung auf einen nicht vorhandenen Eintrag ({field}: {id}).',
    en: 'Link to an entry that does not exist ({field}: {id}).'
  },
  'error.KEYCHAIN_UNAVAILABLE': {
    de: 'Auf diesem Gerät ist kein sicherer Schlüsselbund verfügbar; die Passphrase wird nicht gespeichert.',
    en: 'No secure keychain is available on this device; the passphrase is not remembered.'
  },
  'error.FORBIDDEN': { de: 'Zugriff verweigert.', en: 'Access denied.' },
  'error.IMPORT_INVALID': {
    de: 'Die Datei lässt sich nicht importieren: {reason}. Der Arbeitsbereich wurde nicht verändert.',
    en: 'The file cannot be imported: {reason}. The workspace was not changed.'
  },
  'error.IMPORT_TOO_LARGE': {
    de: 'Die Datei ist für einen Import zu groß: {reason}. Der Arbeitsbereich wurde nicht verändert.',
    'de-CH': 'Die Datei ist für einen Import zu gross: {reason}. Der Arbeitsbereich wurde nicht verändert.',
    en: 'The file is too large to import: {reason}. The workspace was not changed.'
  },
  'error.INTERNAL': {
    de: 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts gespeichert.',
    en: 'An unexpected error occurred. Nothing was saved.'
  },
  'reason.empty': { de: 'leere Datei', en: 'empty file' },
  'reason.directory': { de: 'ein Ordner', en: 'a folder' },
  'reason.plainSqlite': { de: 'unverschlüsselte SQLite-Datenbank', en: 'an unencrypted SQLite database' },
  'reason.tooSmall': { de: 'zu klein für einen Arbeitsbereich', en: 'too small to be a workspace' },
  'reason.notPageAligned': { de: 'Länge passt nicht zu einer verschlüsselten Datenbank', en: 'its length does not fit an encrypted database' },
  'reason.noSchema': { de: 'keine Arbeitsbereich-Tabellen', en: 'no workspace tables' },
  'reason.truncated': { de: 'Datei gekürzt', en: 'the file is truncated' },
  'reason.integrity': { de: 'Integritätsprüfung fehlgeschlagen', en: 'integrity check failed' },
  'reason.audit.sequence': { de: 'Lücke oder Umstellung in der Reihenfolge der Einträge', en: 'a gap or reordering in the sequence of entries' },
  'reason.audit.previousHash': { de: 'Verkettung zum vorherigen Eintrag unterbrochen', en: 'the link to the previous entry is broken' },
  'reason.audit.contentHash': { de: 'Inhalt des Eintrags passt nicht zu seinem Hash (nachträglich geändert)', en: 'the entry does not match its hash (changed afterwards)' },
  'reason.audit.count': { de: 'Anzahl der Einträge passt nicht zum gespeicherten Stand (Einträge entfernt)', en: 'the number of entries does not match the recorded head (entries removed)' },
  'reason.audit.head': { de: 'letzter Eintrag ist nicht der gespeicherte Kopf der Kette', en: 'the last entry is not the recorded head of the chain' },
  'reason.migrationChecksum': { de: 'Prüfsumme einer Migration stimmt nicht', en: 'a migration checksum does not match' },
  'issue.exports.regimeNotKept': {
    de: 'der Arbeitsbereich wird nicht nach diesem Rechtsrahmen geführt',
    en: 'the workspace is not kept under this regime'
  },
  'issue.imports.sameWorkspace': {
    de: 'Das ist der geöffnete Arbeitsbereich selbst. Wählen Sie die Datei des anderen Arbeitsbereichs.',
    en: 'This is the open workspace itself. Choose the file of the other workspace.'
  }
} as const satisfies Messages
