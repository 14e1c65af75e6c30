import type { Messages } from '../types'

/**
 * Everything the `dpo` command line says. Option names, file names and JSON stay literal; the
 * words around them are here. "de-CH" is given where Swiss usage differs (no ß, "Bearbeitung").
 */
export const cli = {
  'cli.title': {
    de: 'dpo – DPO Workbench auf der Kommandozeile, mit demselben Kern wie die App.',
    en: 'dpo – DPO Workbench on the command line, with the same core as the app.'
  },
  'cli.help.usage': { de: 'Aufruf', en: 'Usage' },
  'cli.help.commands': { de: 'Befehle', en: 'Commands' },
  'cli.help.options': { de: 'Optionen', en: 'Options' },
  'cli.help.globalOptions': { de: 'Allgemeine Optionen (bei jedem Befehl)', en: 'Global options (for every command)' },
  'cli.help.examples': { de: 'Beispiele', en: 'Examples' },
  'cli.help.passphraseTitle': { de: 'Passphrase', en: 'Passphrase' },
  'cli.help.passphrase': {
    de: 'Gelesen aus --passphrase-file F (erste Zeile; «-» liest die Standardeingabe), sonst aus der Umgebungsvariable DPO_PASSPHRASE, sonst am Terminal ohne Anzeige abgefragt. Ohne Terminal und ohne diese Quellen bricht dpo mit Code 2 ab.',
    en: 'Read from --passphrase-file F (first line; "-" reads standard input), else from the environment variable DPO_PASSPHRASE, else asked for on the terminal without echo. With no terminal and none of these, dpo stops with code 2.'
  },
  'cli.help.exitCodes': { de: 'Exit-Codes', en: 'Exit codes' },
  'cli.help.more': {
    de: '«dpo COMMAND --help» zeigt die Optionen eines Befehls; docs/CLI.md beschreibt alles im Detail.',
    en: '"dpo COMMAND --help" shows the options of one command; docs/CLI.md has the details.'
  },
  'cli.help.fileNote': {
    de: 'FILE ist ein Pfad, relativ zum aktuellen Ordner; fehlt die Endung .dpo, wird sie ergänzt.',
    en: 'FILE is a path, relative to the current folder; the extension .dpo is added when missing.'
  },

  'cli.cmd.init': { de: 'Neuen verschlüsselten Arbeitsbereich anlegen', en: 'Create a new encrypted workspace' },
  'cli.cmd.init.details': {
    de: 'Legt FILE als Arbeitsbereich im SQLCipher-4-Format an. Eine bestehende Datei wird nie überschrieben. Am Terminal wird die Passphrase zweimal abgefragt. Eine schwache Passphrase wird auf stderr gemeldet; der Arbeitsbereich wird trotzdem angelegt.',
    en: 'Creates FILE as a workspace in SQLCipher 4 format. An existing file is never overwritten. On a terminal the passphrase is asked for twice. A weak passphrase is reported on stderr; the workspace is still created.'
  },
  'cli.cmd.info': { de: 'Kennzahlen eines Arbeitsbereichs anzeigen', en: 'Show facts about a workspace' },
  'cli.cmd.info.details': {
    de: 'Zeigt Einträge pro Verzeichnis, Schemaversion, Verschlüsselungseinstellungen, Änderungsprotokoll, Dateigröße und angewendete Migrationen. Ändert nichts; nur ein Arbeitsbereich einer älteren Version wird wie in der App beim Öffnen migriert, nachdem eine Kopie angelegt wurde.',
    'de-CH': 'Zeigt Einträge pro Verzeichnis, Schemaversion, Verschlüsselungseinstellungen, Änderungsprotokoll, Dateigrösse und angewendete Migrationen. Ändert nichts; nur ein Arbeitsbereich einer älteren Version wird wie in der App beim Öffnen migriert, nachdem eine Kopie angelegt wurde.',
    en: 'Shows entries per registry, schema version, cipher settings, audit trail, file size and applied migrations. Changes nothing, except that a workspace from an older version is migrated on opening, as in the app, after a copy is kept.'
  },
  'cli.cmd.passwd': { de: 'Passphrase ändern', en: 'Change the passphrase' },
  'cli.cmd.passwd.details': {
    de: 'Verschlüsselt den Arbeitsbereich mit einer neuen Passphrase. Die neue Passphrase kommt aus --new-passphrase-file F, sonst aus DPO_NEW_PASSPHRASE, sonst wird sie am Terminal zweimal abgefragt. Frühere Sicherungen behalten die alte Passphrase.',
    en: 'Re-encrypts the workspace with a new passphrase. The new passphrase comes from --new-passphrase-file F, else from DPO_NEW_PASSPHRASE, else it is asked for twice on the terminal. Earlier backups keep the old passphrase.'
  },
  'cli.cmd.verify': { de: 'Arbeitsbereich vollständig prüfen', en: 'Check a workspace thoroughly' },
  'cli.cmd.verify.details': {
    de: 'Prüft die Integrität jeder Seite (die SQLite-Integritätsprüfung authentifiziert dabei jede Seite über ihren HMAC), die Verknüpfungen (Fremdschlüssel) und die Hash-Kette des Änderungsprotokolls. Exit-Code 1, wenn eine Prüfung fehlschlägt.',
    en: "Checks every page (SQLite's integrity check, which authenticates each page's HMAC), the links between entries (foreign keys) and the audit trail's hash chain. Exit code 1 when any check fails."
  },

  'cli.opt.json': { de: 'Ausgabe als ein JSON-Dokument auf stdout', en: 'Output one JSON document on stdout' },
  'cli.opt.lang': {
    de: 'Sprache der Meldungen (Standard: aus LANG, «de…» ergibt Deutsch, sonst Englisch)',
    en: 'Language of messages (default: from LANG, "de…" gives German, else English)'
  },
  'cli.opt.passphraseFile': { de: 'Passphrase aus der ersten Zeile dieser Datei lesen', en: 'Read the passphrase from the first line of this file' },
  'cli.opt.help': { de: 'Hilfe anzeigen', en: 'Show help' },
  'cli.opt.version': { de: 'Version anzeigen', en: 'Show the version' },
  'cli.opt.demo': {
    de: 'Mit der Demo-Firma füllen (ersetzt Name, Rechtsrahmen und Sprache)',
    en: 'Fill with the demo company (replaces name, regimes and language)'
  },
  'cli.opt.org': { de: 'Name der Organisation (Standard: Dateiname)', en: 'Name of the organisation (default: the file name)' },
  'cli.opt.regime': { de: 'Rechtsrahmen (Standard: both = DSGVO und revDSG)', en: 'Regimes (default: both = GDPR and revDSG)' },
  'cli.opt.initLang': {
    de: 'Sprache der Meldungen und des neuen Arbeitsbereichs',
    en: 'Language of the messages and of the new workspace'
  },
  'cli.opt.author': {
    de: 'Name im Änderungsprotokoll (Standard: aus den Einstellungen bzw. der Benutzername)',
    en: 'Name recorded in the audit trail (default: from the settings, else the user name)'
  },
  'cli.opt.newPassphraseFile': { de: 'Neue Passphrase aus der ersten Zeile dieser Datei lesen', en: 'Read the new passphrase from the first line of this file' },

  'cli.exit.0': { de: 'erfolgreich', en: 'success' },
  'cli.exit.1': { de: 'Prüfung fehlgeschlagen (verify hat Probleme gefunden)', en: 'check failed (verify found problems)' },
  'cli.exit.2': {
    de: 'Aufruf fehlerhaft (unbekannte Option, FILE fehlt, keine Quelle für die Passphrase)',
    en: 'usage error (bad option, missing FILE, no passphrase source)'
  },
  'cli.exit.3': { de: 'falsche Passphrase', en: 'wrong passphrase' },
  'cli.exit.4': {
    de: 'Datei nicht verwendbar (fehlt, existiert schon, kein Arbeitsbereich, beschädigt, neuere Version, keine Berechtigung, anderswo geöffnet)',
    en: 'file cannot be used (missing, already exists, not a workspace, damaged, newer version, no permission, open elsewhere)'
  },
  'cli.exit.5': { de: 'anderer Fehler', en: 'other error' },
  'cli.exit.130': { de: 'abgebrochen (Strg+C)', en: 'cancelled (Ctrl+C)' },

  'cli.usage.missingCommand': { de: 'Kein Befehl angegeben.', en: 'No command given.' },
  'cli.usage.unknownCommand': { de: 'Unbekannter Befehl «{command}».', en: 'Unknown command "{command}".' },
  'cli.usage.unknownOption': { de: 'Unbekannte Option «{option}».', en: 'Unknown option "{option}".' },
  'cli.usage.optionNotForCommand': { de: 'Die Option «{option}» gibt es bei «dpo {command}» nicht.', en: 'The option "{option}" does not apply to "dpo {command}".' },
  'cli.usage.missingValue': { de: 'Die Option «{option}» braucht einen Wert.', en: 'The option "{option}" needs a value.' },
  'cli.usage.noValue': { de: 'Die Option «{option}» nimmt keinen Wert.', en: 'The option "{option}" takes no value.' },
  'cli.usage.invalidValue': {
    de: 'Ungültiger Wert «{value}» für «{option}»; erlaubt: {allowed}.',
    en: 'Invalid value "{value}" for "{option}"; allowed: {allowed}.'
  },
  'cli.usage.missingFile': { de: 'FILE fehlt: {usage}', en: 'FILE is missing: {usage}' },
  'cli.usage.unexpectedArgument': { de: 'Unerwartetes Argument «{argument}».', en: 'Unexpected argument "{argument}".' },
  'cli.usage.seeHelp': { de: 'Hilfe: {help}', en: 'Help: {help}' },

  'cli.passphrase.noSource': {
    de: 'Keine Passphrase: Geben Sie {flag} F an oder setzen Sie die Umgebungsvariable {env}, oder starten Sie dpo in einem Terminal, um danach gefragt zu werden.',
    en: 'No passphrase: give {flag} F or set the environment variable {env}, or run dpo in a terminal to be asked for it.'
  },
  'cli.passphrase.fileUnreadable': { de: 'Die Passphrase-Datei «{file}» kann nicht gelesen werden ({reason}).', en: 'Cannot read the passphrase file "{file}" ({reason}).' },
  'cli.passphrase.fileEmpty': { de: 'Die erste Zeile der Passphrase-Datei «{file}» ist leer.', en: 'The first line of the passphrase file "{file}" is empty.' },
  'cli.passphrase.fileReadableByOthers': {
    de: 'Warnung: Die Passphrase-Datei «{file}» ist für andere Benutzer lesbar. Schränken Sie sie ein (chmod 600).',
    en: 'Warning: the passphrase file "{file}" can be read by other users. Restrict it (chmod 600).'
  },
  'cli.passphrase.stdinTwice': {
    de: '--passphrase-file und --new-passphrase-file können nicht beide die Standardeingabe lesen.',
    en: '--passphrase-file and --new-passphrase-file cannot both read standard input.'
  },
  'cli.prompt.passphrase': { de: 'Passphrase für {file}: ', en: 'Passphrase for {file}: ' },
  'cli.prompt.currentPassphrase': { de: 'Aktuelle Passphrase für {file}: ', en: 'Current passphrase for {file}: ' },
  'cli.prompt.newPassphrase': { de: 'Neue Passphrase für {file}: ', en: 'New passphrase for {file}: ' },
  'cli.prompt.repeat': { de: 'Passphrase wiederholen: ', en: 'Repeat the passphrase: ' },
  'cli.prompt.mismatch': { de: 'Die beiden Eingaben stimmen nicht überein. Bitte noch einmal.', en: 'The two entries differ. Please try again.' },
  'cli.prompt.mismatchFinal': {
    de: 'Die eingegebenen Passphrasen stimmten nicht überein; es wurde nichts geändert.',
    en: 'The passphrases entered did not match; nothing was changed.'
  },
  'cli.prompt.noInput': { de: 'Keine Passphrase eingegeben.', en: 'No passphrase entered.' },
  'cli.interrupted': { de: 'Abgebrochen; es wurde nichts geändert.', en: 'Cancelled; nothing was changed.' },
  'cli.weak.title': {
    de: 'Warnung: Die Passphrase ist schwach (Stärke {score} von 4, etwa 10^{guesses} Versuche). Wer eine Kopie der Datei hat, könnte sie offline erraten.',
    en: 'Warning: the passphrase is weak (strength {score} of 4, about 10^{guesses} guesses). Anyone with a copy of the file could guess it offline.'
  },
  'cli.weak.hint': { de: '  Tipp: {text}', en: '  Tip: {text}' },
  'cli.migrated': {
    de: 'Der Arbeitsbereich wurde auf Schema {schema} migriert; die Datei vor der Migration liegt unter {backup}.',
    en: 'The workspace was migrated to schema {schema}; the file as it was before is kept at {backup}.'
  },
  'cli.internalDetail': { de: 'Details: {detail}', en: 'Details: {detail}' },
  'cli.version': { de: '{name} {version} (Arbeitsbereich-Schema {schema})', en: '{name} {version} (workspace schema {schema})' },

  'cli.regime.gdpr': { de: 'DSGVO', en: 'GDPR' },
  'cli.regime.revdsg': { de: 'revDSG', en: 'revDSG' },
  'cli.language.de': { de: 'Deutsch', en: 'German' },
  'cli.language.en': { de: 'Englisch', en: 'English' },

  'cli.init.created': {
    de: 'Arbeitsbereich {file} für «{organisation}» angelegt ({regimes}; Sprache: {language}).',
    en: 'Created workspace {file} for "{organisation}" ({regimes}; language: {language}).'
  },
  'cli.init.demo': { de: 'Mit der Demo-Firma gefüllt.', en: 'Filled with the demo company.' },
  'cli.init.keepSafe': {
    de: 'Bewahren Sie die Passphrase sicher auf: Ohne sie kann niemand den Arbeitsbereich öffnen, auch wir nicht.',
    en: 'Keep the passphrase safe: without it nobody can open the workspace, not even us.'
  },

  'cli.info.file': { de: 'Datei', en: 'File' },
  'cli.info.organisation': { de: 'Organisation', en: 'Organisation' },
  'cli.info.size': { de: 'Größe', 'de-CH': 'Grösse', en: 'Size' },
  'cli.info.sizeValue': { de: '{size} ({bytes} Bytes)', en: '{size} ({bytes} bytes)' },
  'cli.info.schema': { de: 'Schemaversion', en: 'Schema version' },
  'cli.info.schemaValue': { de: '{file} (diese Version kennt {app})', en: '{file} (this version knows {app})' },
  'cli.info.cipher': { de: 'Verschlüsselung', en: 'Encryption' },
  'cli.info.cipherValue': {
    de: '{cipher}, legacy={legacy}, kdf_iter={kdfIter}, Seitengröße {pageSize}, {hmac}',
    'de-CH': '{cipher}, legacy={legacy}, kdf_iter={kdfIter}, Seitengrösse {pageSize}, {hmac}',
    en: '{cipher}, legacy={legacy}, kdf_iter={kdfIter}, page size {pageSize}, {hmac}'
  },
  'cli.info.audit': { de: 'Änderungsprotokoll', en: 'Audit trail' },
  'cli.info.auditValue': { de: 'Einträge: {entries}, letzter Hash {head}', en: 'entries: {entries}, head {head}' },
  'cli.info.registries': { de: 'Einträge pro Verzeichnis', en: 'Entries per registry' },
  'cli.info.migrations': { de: 'Migrationen', en: 'Migrations' },
  'cli.info.migration': { de: '{version} {name}, angewendet {appliedAt}', en: '{version} {name}, applied {appliedAt}' },

  'cli.registry.activities': { de: 'Verarbeitungstätigkeiten', 'de-CH': 'Bearbeitungstätigkeiten', en: 'Processing activities' },
  'cli.registry.processorActivities': { de: 'Auftragsverarbeitungen', 'de-CH': 'Auftragsbearbeitungen', en: 'Processor activities' },
  'cli.registry.dataCategories': { de: 'Datenkategorien', en: 'Data categories' },
  'cli.registry.dataSubjects': { de: 'Betroffene Personen', en: 'Data subjects' },
  'cli.registry.recipients': { de: 'Empfänger', en: 'Recipients' },
  'cli.registry.systems': { de: 'Systeme', en: 'Systems' },
  'cli.registry.toms': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'TOMs' },

  'cli.passwd.changed': { de: 'Die Passphrase von {file} wurde geändert.', en: 'The passphrase of {file} was changed.' },
  'cli.passwd.backups': {
    de: 'Frühere Sicherungen und Kopien öffnen sich weiterhin nur mit der alten Passphrase.',
    en: 'Earlier backups and copies still open only with the old passphrase.'
  },

  'cli.verify.integrity': { de: 'Integrität jeder Seite (HMAC)', en: 'Integrity of every page (HMAC)' },
  'cli.verify.foreignKeys': { de: 'Verknüpfungen (Fremdschlüssel)', en: 'Links between entries (foreign keys)' },
  'cli.verify.audit': { de: 'Hash-Kette des Änderungsprotokolls', en: 'Audit trail hash chain' },
  'cli.verify.ok': { de: 'ok', en: 'ok' },
  'cli.verify.failed': { de: 'FEHLER', en: 'FAILED' },
  'cli.verify.foreignKeyViolations': { de: 'fehlerhafte Verknüpfungen: {count}', en: 'broken links: {count}' },
  'cli.verify.auditOk': { de: 'Einträge: {entries}, letzter Hash {head}', en: 'entries: {entries}, head {head}' },
  'cli.verify.auditBroken': { de: 'unterbrochen bei Eintrag {at} von {entries}: {reason}', en: 'broken at entry {at} of {entries}: {reason}' },
  'cli.verify.more': { de: '… und {count} weitere', en: '… and {count} more' },
  'cli.verify.allOk': { de: 'Alle Prüfungen bestanden: {file}', en: 'All checks passed: {file}' },
  'cli.cmd.export': { de: 'Verzeichnis, TOM-Anlage oder Änderungsbericht als Dokument exportieren', en: 'Export the record, the TOM annex or a change report as a document' },
  'cli.cmd.export.details': {
    de: 'Schreibt das Verzeichnis von Verarbeitungstätigkeiten (--what ropa; DSGVO Art. 30 oder DSG Art. 12), die TOM-Anlage (--what toms) oder die Änderungen seit dem letzten Export (--what changes) in eine Datei. Der Export wird mit seiner SHA-256-Prüfsumme im Exportprotokoll des Arbeitsbereichs festgehalten. Eine bestehende Datei wird nie überschrieben.',
    'de-CH': 'Schreibt das Verzeichnis der Bearbeitungstätigkeiten (--what ropa; DSGVO Art. 30 oder DSG Art. 12), die TOM-Anlage (--what toms) oder die Änderungen seit dem letzten Export (--what changes) in eine Datei. Der Export wird mit seiner SHA-256-Prüfsumme im Exportprotokoll des Arbeitsbereichs festgehalten. Eine bestehende Datei wird nie überschrieben.',
    en: 'Writes the record of processing activities (--what ropa; GDPR Art. 30 or FADP Art. 12), the TOM annex (--what toms) or the changes since the last export (--what changes) to a file. The export is kept with its SHA-256 checksum in the workspace export log. An existing file is never overwritten.'
  },
  'cli.opt.what': { de: 'Was exportiert wird', en: 'What to export' },
  'cli.opt.format': { de: 'Dateiformat (TOM-Anlage: pdf oder docx; Änderungen: pdf, docx oder json)', en: 'File format (TOM annex: pdf or docx; changes: pdf, docx or json)' },
  'cli.opt.exportLang': { de: 'Sprache der Meldungen und des Dokuments (Standard: die des Arbeitsbereichs)', en: 'Language of the messages and of the document (default: the workspace language)' },
  'cli.opt.exportRegime': { de: 'Verzeichnis nach DSGVO (Art. 30) oder revDSG (Art. 12); Standard: DSGVO, falls geführt', en: 'Record under the GDPR (Art. 30) or the revDSG (Art. 12); default: GDPR when kept' },
  'cli.opt.depth': { de: 'authority: gesetzlicher Mindestinhalt; internal: alles (Standard: authority)', en: 'authority: the statutory minimum; internal: everything (default: authority)' },
  'cli.opt.processor': {
    de: 'Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO bzw. Art. 12 Abs. 3 DSG)',
    'de-CH': 'Verzeichnis als Auftragsbearbeiter (Art. 30 Abs. 2 DSGVO bzw. Art. 12 Abs. 3 DSG)',
    en: 'The record as a processor (GDPR Art. 30(2) or FADP Art. 12(3))'
  },
  'cli.opt.includeArchived': { de: 'Archivierte Einträge einschließen', 'de-CH': 'Archivierte Einträge einschliessen', en: 'Include archived entries' },
  'cli.opt.groupBy': { de: 'TOM-Anlage nach Kontrollbereichen oder SDM-Gewährleistungszielen gliedern', en: 'Group the TOM annex by control area or SDM protection goal' },
  'cli.opt.onlyImplemented': {
    de: 'Nur umgesetzte Maßnahmen aufführen',
    'de-CH': 'Nur umgesetzte Massnahmen aufführen',
    en: 'List implemented measures only'
  },
  'cli.opt.delimiter': { de: 'CSV-Trennzeichen (Standard: ; auf Deutsch, , auf Englisch)', en: 'CSV delimiter (default: ; in German, , in English)' },
  'cli.opt.noBom': { de: 'CSV ohne Byte-Order-Mark schreiben', en: 'Write the CSV without a byte order mark' },
  'cli.opt.out': {
    de: 'Zieldatei (Standard: der vorgeschlagene Dateiname im aktuellen Ordner; «-» schreibt auf stdout)',
    en: 'Target file (default: the suggested file name in the current folder; "-" writes to stdout)'
  },
  'cli.export.written': { de: 'Exportiert nach {file} ({bytes} Bytes, SHA-256 {sha256}).', en: 'Exported to {file} ({bytes} bytes, SHA-256 {sha256}).' },
  'cli.export.logged': { de: 'Im Exportprotokoll festgehalten als {id}; Stand des Änderungsprotokolls {head}.', en: 'Kept in the export log as {id}; audit-chain head {head}.' },

  'cli.verify.someFailed': {
    de: 'Prüfung fehlgeschlagen ({count} von 3): {file}. Verlassen Sie sich nicht auf diese Datei; stellen Sie eine Sicherung wieder her.',
    en: 'Verification failed ({count} of 3): {file}. Do not rely on this file; restore a backup.'
  }
} as const satisfies Messages
