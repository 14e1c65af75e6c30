import type { Messages } from '../types'

/** Imports: what analyse and preview report about a file, and the CLI's import, backup and restore. */
export const imports = {
  'import.issue.sheet.hidden': { de: 'Das Blatt «{sheet}» ist ausgeblendet; es wird nur auf ausdrücklichen Wunsch gelesen.', en: 'The sheet "{sheet}" is hidden; it is read only when chosen explicitly.' },
  'import.issue.cell.merged': {
    de: 'Blatt «{sheet}» hat {count} verbundene Zellbereiche: Der Wert gilt nur für die linke obere Zelle.',
    en: 'Sheet "{sheet}" has {count} merged ranges: the value belongs to the top-left cell only.'
  },
  'import.issue.cell.formula': {
    de: 'Blatt «{sheet}» enthält {count} Formelzellen (erste in Zeile {row}): Übernommen wird der zuletzt berechnete Wert, Formeln werden nie ausgewertet.',
    en: 'Sheet "{sheet}" has {count} formula cells (first in row {row}): the last computed value is used; formulas are never evaluated.'
  },
  'import.issue.cell.error': { de: 'Zeile {row}, Spalte {column}: Fehlerwert in der Zelle (z. B. #BEZUG!), als leer gelesen.', en: 'Row {row}, column {column}: an error value (e.g. #REF!), read as empty.' },
  'import.issue.encoding.windows1252': {
    de: 'Die Datei ist kein gültiges UTF-8 und wurde als Windows-1252 gelesen. Prüfen Sie die Umlaute in der Vorschau.',
    en: 'The file is not valid UTF-8 and was read as Windows-1252. Check the umlauts in the preview.'
  },
  'import.issue.encoding.mojibake': {
    de: 'Die Datei enthält Zeichen wie «Ã¤»: Sie wurde vermutlich einmal falsch kodiert gespeichert. Prüfen Sie die Umlaute.',
    en: 'The file contains sequences like "Ã¤": it was probably saved with the wrong encoding once. Check the umlauts.'
  },
  'import.issue.csv.unclosedQuote': { de: 'Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei steht in einer Zelle.', en: 'A quotation mark is never closed; the rest of the file is in one cell.' },
  'import.issue.header.empty': { de: 'Leere Spaltenüberschrift, benannt als «{column}».', en: 'Empty column header, named "{column}".' },
  'import.issue.header.duplicate': { de: 'Die Überschrift «{header}» kommt mehrfach vor; diese Spalte heißt «{column}».', 'de-CH': 'Die Überschrift «{header}» kommt mehrfach vor; diese Spalte heisst «{column}».', en: 'The header "{header}" occurs more than once; this column is called "{column}".' },
  'import.issue.mapping.unknownHeader': { de: 'Die Zuordnung nennt die Spalte «{column}», die es in dieser Datei nicht gibt.', en: 'The mapping names the column "{column}", which this file does not have.' },
  'import.issue.entity.new': { de: 'Wird neu angelegt ({kind}): «{name}».', en: 'Will be created ({kind}): "{name}".' },
  'import.row.unknownEntity': { de: '«{name}» gibt es nicht (neue Einträge anlegen ist ausgeschaltet).', en: '"{name}" does not exist (creating entries is turned off).' },
  'import.row.legalBasisNotes': {
    de: 'Nicht sicher zugeordnet, in die Anmerkungen zur Rechtsgrundlage übernommen: {text}',
    en: 'Not matched with confidence, kept in the legal-basis notes: {text}'
  },
  'import.row.transferText': { de: 'Nicht vollständig erkannt, der Text bleibt erhalten: {text}', en: 'Not fully recognised; the text is kept: {text}' },
  'import.row.status': { de: 'Unbekannter Status «{value}» (Entwurf, In Prüfung, Freigegeben).', en: 'Unknown status "{value}" (draft, in review, approved).' },
  'import.row.date': { de: 'Kein gültiges Datum: «{value}» (JJJJ-MM-TT oder TT.MM.JJJJ).', en: 'Not a valid date: "{value}" (YYYY-MM-DD or DD.MM.YYYY).' },
  'import.row.refNotFound': { de: 'Referenz {ref} gibt es nicht; die Tätigkeit wird neu angelegt.', en: 'Reference {ref} does not exist; the activity is created as new.' },
  'import.row.duplicate': { de: 'Dieselbe Tätigkeit steht schon in Zeile {row}.', en: 'The same activity is already in row {row}.' },

  'cli.cmd.import': { de: 'Verarbeitungstätigkeiten aus XLSX, CSV oder einem JSON-Export importieren', 'de-CH': 'Bearbeitungstätigkeiten aus XLSX, CSV oder einem JSON-Export importieren', en: 'Import processing activities from XLSX, CSV or a JSON export' },
  'cli.cmd.import.details': {
    de: 'Liest die Datei, ordnet die Spalten zu (Vorschlag oder --mapping), prüft jede Zeile und schreibt alles in einer Transaktion, nach einer automatischen verschlüsselten Sicherung (die letzten fünf bleiben). Bestehende Tätigkeiten (gleiche Referenz, sonst gleicher Name) werden nur in den geänderten Feldern aktualisiert. Abgelehnte Zeilen werden gemeldet; dann ist der Exit-Code 1 (mit --strict wird dann nichts geschrieben).',
    en: 'Reads the file, maps the columns (suggested, or --mapping), checks every row and writes everything in one transaction, after an automatic encrypted backup (the last five are kept). Existing activities (same reference, else same name) are updated in the changed fields only. Rejected rows are reported and the exit code is then 1 (with --strict nothing is written then).'
  },
  'cli.opt.from': { de: 'Die zu importierende Datei (.xlsx, .csv oder JSON-Export)', en: 'The file to import (.xlsx, .csv or a JSON export)' },
  'cli.opt.mapping': { de: 'Spaltenzuordnung als JSON-Datei: {"Überschrift": "Feld"}', en: 'Column mapping as a JSON file: {"Header": "field"}' },
  'cli.opt.dryRun': { de: 'Nur zeigen, was geschähe; nichts schreiben', en: 'Only show what would happen; write nothing' },
  'cli.opt.sheet': { de: 'Das Blatt der XLSX-Datei (Standard: das erste sichtbare)', en: 'The sheet of the XLSX file (default: the first visible one)' },
  'cli.opt.strict': { de: 'Bei einer abgelehnten Zeile nichts schreiben', en: 'Write nothing when a row is rejected' },
  'cli.import.summary': {
    de: '{mode}{created} neu, {updated} aktualisiert, {unchanged} unverändert, {skipped} Zeilen abgelehnt.',
    en: '{mode}{created} created, {updated} updated, {unchanged} unchanged, {skipped} rows rejected.'
  },
  'cli.import.dryRun': { de: 'Probelauf, nichts geschrieben: ', en: 'Dry run, nothing written: ' },
  'cli.import.skipped': { de: 'Zeile {row}: {reasons}', en: 'Row {row}: {reasons}' },
  'cli.import.created': { de: 'Neu angelegt: {name} ({kind})', en: 'Created: {name} ({kind})' },
  'cli.import.backup': { de: 'Sicherung vor dem Import: {file}', en: 'Backup before the import: {file}' },
  'cli.import.mapping': { de: 'Zuordnung: {mapping}', en: 'Mapping: {mapping}' },
  'cli.import.badMapping': { de: 'Die Zuordnungsdatei «{file}» ist kein JSON-Objekt von Überschrift zu Feld.', en: 'The mapping file "{file}" is not a JSON object of header to field.' },
  'cli.cmd.backup': { de: 'Verschlüsselte Sicherung eines Arbeitsbereichs anlegen', en: 'Make an encrypted backup of a workspace' },
  'cli.cmd.backup.details': {
    de: 'Schreibt eine verschlüsselte, geprüfte Kopie nach --to (nie über eine bestehende Datei), mit derselben Passphrase oder einer neuen aus --new-passphrase-file bzw. DPO_NEW_PASSPHRASE.',
    en: 'Writes an encrypted, verified copy to --to (never over an existing file), with the same passphrase or a new one from --new-passphrase-file or DPO_NEW_PASSPHRASE.'
  },
  'cli.opt.to': { de: 'Zieldatei (darf nicht existieren)', en: 'Target file (must not exist)' },
  'cli.backup.written': { de: 'Sicherung geschrieben: {file} ({bytes} Bytes, SHA-256 {sha256})', en: 'Backup written: {file} ({bytes} bytes, SHA-256 {sha256})' },
  'cli.cmd.restore': { de: 'Sicherung in eine neue Datei wiederherstellen', en: 'Restore a backup to a new file' },
  'cli.cmd.restore.details': {
    de: 'Kopiert die Sicherung BACKUP nach --to (nie über eine bestehende Datei) und prüft die Kopie mit der Passphrase der Sicherung.',
    en: 'Copies the backup BACKUP to --to (never over an existing file) and checks the copy with the backup\'s passphrase.'
  },
  'cli.restore.written': { de: 'Wiederhergestellt: {file} ({bytes} Bytes, SHA-256 {sha256})', en: 'Restored: {file} ({bytes} bytes, SHA-256 {sha256})' },

  'cli.cmd.merge': { de: 'Einträge aus einem anderen Arbeitsbereich übernehmen', en: 'Merge entries from another workspace' },
  'cli.cmd.merge.details': {
    de: 'Liest den Arbeitsbereich --from (nur lesend, mit seiner eigenen Passphrase) und übernimmt seine Einträge mit ihren Verknüpfungen: Neue werden kopiert, gleiche bleiben, wie sie sind. Ein Konflikt (gleicher Name, anderer Inhalt) wird übersprungen, außer --on-conflict sagt copy (als neuen Eintrag kopieren) oder overwrite (den Eintrag hier überschreiben). Verknüpfte Einträge werden hier über den Namen gefunden oder mitkopiert. Vor dem Schreiben wird automatisch eine verschlüsselte Sicherung angelegt.',
    'de-CH': 'Liest den Arbeitsbereich --from (nur lesend, mit seiner eigenen Passphrase) und übernimmt seine Einträge mit ihren Verknüpfungen: Neue werden kopiert, gleiche bleiben, wie sie sind. Ein Konflikt (gleicher Name, anderer Inhalt) wird übersprungen, ausser --on-conflict sagt copy (als neuen Eintrag kopieren) oder overwrite (den Eintrag hier überschreiben). Verknüpfte Einträge werden hier über den Namen gefunden oder mitkopiert. Vor dem Schreiben wird automatisch eine verschlüsselte Sicherung angelegt.',
    en: 'Reads the workspace --from (read only, with its own passphrase) and takes over its entries with their links: new ones are copied, identical ones are left as they are. A conflict (same name, other content) is skipped unless --on-conflict says copy (copy as a new entry) or overwrite (overwrite the entry here). Linked entries are found here by name or copied along. An encrypted backup is taken automatically before anything is written.'
  },
  'cli.opt.mergeFrom': { de: 'Der andere Arbeitsbereich (.dpo), aus dem übernommen wird', en: 'The other workspace (.dpo) to take entries from' },
  'cli.opt.kinds': {
    de: 'Nur diese Verzeichnisse, durch Kommas getrennt: activities, processorActivities, dataCategories, dataSubjects, recipients, systems, toms',
    en: 'Only these registries, separated by commas: activities, processorActivities, dataCategories, dataSubjects, recipients, systems, toms'
  },
  'cli.opt.onConflict': {
    de: 'Bei gleichem Namen und anderem Inhalt: skip (Standard), copy oder overwrite',
    en: 'For the same name with other content: skip (default), copy or overwrite'
  },
  'cli.opt.mergeArchived': { de: 'Auch archivierte Einträge übernehmen', en: 'Take archived entries too' },
  'cli.opt.fromPassphraseFile': {
    de: 'Passphrase des anderen Arbeitsbereichs aus der ersten Zeile dieser Datei (sonst DPO_FROM_PASSPHRASE oder Abfrage)',
    en: 'Passphrase of the other workspace from the first line of this file (else DPO_FROM_PASSPHRASE or a prompt)'
  },
  'cli.merge.sameFile': { de: '--from nennt den Arbeitsbereich selbst ({file}); geben Sie den anderen an.', en: '--from names the workspace itself ({file}); give the other one.' },
  'cli.merge.stdinTwice': {
    de: '--passphrase-file und --from-passphrase-file können nicht beide die Standardeingabe lesen.',
    en: '--passphrase-file and --from-passphrase-file cannot both read standard input.'
  },
  'cli.merge.wrongPassphrase': {
    de: 'Die Passphrase öffnet den anderen Arbeitsbereich {file} nicht (DPO_FROM_PASSPHRASE oder --from-passphrase-file). Es wurde nichts geändert.',
    en: 'The passphrase does not open the other workspace {file} (DPO_FROM_PASSPHRASE or --from-passphrase-file). Nothing was changed.'
  },
  'cli.merge.from': { de: 'Aus «{organisation}» ({file}):', en: 'From "{organisation}" ({file}):' },
  'cli.merge.copied': { de: 'Kopiert:       {entity}', en: 'Copied:       {entity}' },
  'cli.merge.overwritten': { de: 'Überschrieben: {entity}', en: 'Overwritten:  {entity}' },
  'cli.merge.matched': { de: 'Zugeordnet:    {entity}', en: 'Matched:      {entity}' },
  'cli.merge.skipped': { de: 'Übersprungen:  {entity}', en: 'Skipped:      {entity}' },
  'cli.merge.conflict': {
    de: 'Konflikt, unverändert gelassen: {entity} – abweichend: {fields} (--on-conflict copy oder overwrite übernimmt ihn)',
    en: 'Conflict, left as it is: {entity} – differs in: {fields} (--on-conflict copy or overwrite takes it)'
  },
  'cli.merge.summary': {
    de: '{mode}{copied} kopiert, {overwritten} überschrieben, {skipped} übersprungen, {matched} zugeordnet.',
    en: '{mode}{copied} copied, {overwritten} overwritten, {skipped} skipped, {matched} matched.'
  },
  'cli.merge.backup': { de: 'Sicherung vor dem Zusammenführen: {file}', en: 'Backup before the merge: {file}' }
} as const satisfies Messages
