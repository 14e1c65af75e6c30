import type { Messages } from '../types'

/**
 * The "Exports" page (pages/exports): what to export, options, progress, result and the export
 * history. "de-CH" where Swiss usage differs: Bearbeitung, Massnahmen, never "ß". A GDPR record
 * keeps the GDPR's terms (Verarbeitungstätigkeiten) also for a Swiss organisation.
 */
export const exportsUi = {
  'xp.heading': { de: 'Exporte', en: 'Exports' },
  'xp.intro': {
    de: 'Dokumente für die Aufsichtsbehörde, Auftraggeber oder den internen Gebrauch. Jeder Export wird mit SHA-256-Prüfsumme und Audit-Stand protokolliert.',
    en: 'Documents for the supervisory authority, clients or internal use. Every export is logged with its SHA-256 checksum and audit state.'
  },
  'xp.form': { de: 'Export erstellen', en: 'Create an export' },

  'xp.what': { de: 'Was exportieren?', en: 'What to export' },
  'xp.what.ropa': { de: 'Verzeichnis der Tätigkeiten', en: 'Record of processing activities' },
  'xp.what.toms': { de: 'TOM-Dokumentation', en: 'TOM documentation' },
  'xp.what.changes': { de: 'Änderungen seit dem letzten Export', en: 'Changes since the last export' },
  'xp.kind.gdpr-controller': {
    de: 'Verzeichnis von Verarbeitungstätigkeiten – DSGVO, Verantwortlicher (Art. 30 Abs. 1)',
    'de-CH': 'Verzeichnis von Verarbeitungstätigkeiten – DSGVO, Verantwortlicher (Art. 30 Abs. 1)',
    en: 'Record of processing activities – GDPR, controller (Art. 30(1))'
  },
  'xp.kind.gdpr-processor': {
    de: 'Verzeichnis von Verarbeitungstätigkeiten – DSGVO, Auftragsverarbeiter (Art. 30 Abs. 2)',
    'de-CH': 'Verzeichnis von Verarbeitungstätigkeiten – DSGVO, Auftragsverarbeiter (Art. 30 Abs. 2)',
    en: 'Record of processing activities – GDPR, processor (Art. 30(2))'
  },
  'xp.kind.revdsg': {
    de: 'Verzeichnis der Bearbeitungstätigkeiten – revDSG, Verantwortlicher (Art. 12 Abs. 2)',
    en: 'Record of processing activities – revFADP, controller (Art. 12 para. 2)'
  },
  'xp.kind.revdsg-processor': {
    de: 'Verzeichnis der Bearbeitungstätigkeiten – revDSG, Auftragsbearbeiter (Art. 12 Abs. 3)',
    en: 'Record of processing activities – revFADP, processor (Art. 12 para. 3)'
  },
  'xp.toms.hint': {
    de: 'Anlage zu einem Auftragsverarbeitungsvertrag (Art. 28 DSGVO) mit allen erfassten technischen und organisatorischen Maßnahmen.',
    'de-CH': 'Anlage zu einem Auftragsbearbeitungsvertrag mit allen erfassten technischen und organisatorischen Massnahmen.',
    en: 'Annex to a data processing agreement (GDPR Art. 28) with all recorded technical and organisational measures.'
  },
  'xp.changes.hint': {
    de: 'Alle Änderungen im Audit-Protokoll seit dem letzten Export (Änderungsberichte ausgenommen). Für einen bestimmten Export: „Änderungen seit diesem Export“ in der Historie.',
    en: 'All changes in the audit trail since the last export (change reports excluded). For a particular export: “Changes since this export” in the history.'
  },

  'xp.options': { de: 'Optionen', en: 'Options' },
  'xp.depth': { de: 'Umfang', en: 'Depth' },
  'xp.depth.authority': { de: 'Für die Aufsichtsbehörde (gesetzliche Mindestangaben)', en: 'For the authority (statutory minimum)' },
  'xp.depth.internal': { de: 'Intern (alle Angaben, vertraulich)', en: 'Internal (everything, confidential)' },
  'xp.format': { de: 'Format', en: 'Format' },
  'xp.format.pdf': { de: 'PDF', en: 'PDF' },
  'xp.format.docx': { de: 'Word (DOCX)', en: 'Word (DOCX)' },
  'xp.format.xlsx': { de: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  'xp.format.csv': { de: 'CSV', en: 'CSV' },
  'xp.format.json': { de: 'JSON', en: 'JSON' },
  'xp.lang': { de: 'Dokumentsprache', en: 'Document language' },
  'xp.lang.hint': { de: 'Unabhängig von der Sprache der Oberfläche.', en: 'Independent of the interface language.' },
  'xp.lang.de': { de: 'Deutsch', en: 'German' },
  'xp.lang.en': { de: 'Englisch', en: 'English' },

  'xp.scope': { de: 'Auswahl', en: 'Scope' },
  'xp.scope.all': { de: 'Ganzes Verzeichnis', en: 'Whole register' },
  'xp.scope.ids': { de: 'Ausgewählte Tätigkeiten', en: 'Selected activities' },
  'xp.scope.filter': { de: 'Nach Status', en: 'By status' },
  'xp.status': { de: 'Status', en: 'Status' },
  'xp.status.none': { de: 'Wählen Sie mindestens einen Status.', en: 'Choose at least one status.' },
  'xp.includeArchived': { de: 'Archivierte Einträge einschließen', 'de-CH': 'Archivierte Einträge einschliessen', en: 'Include archived entries' },

  'xp.picker': { de: 'Tätigkeiten auswählen', en: 'Choose activities' },
  'xp.picker.search': { de: 'Tätigkeiten filtern', en: 'Filter activities' },
  'xp.picker.count': { de: '{selected} von {total} ausgewählt', en: '{selected} of {total} selected' },
  'xp.picker.allShown': { de: 'Alle angezeigten auswählen', en: 'Select all shown' },
  'xp.picker.clear': { de: 'Auswahl aufheben', en: 'Clear selection' },
  'xp.picker.none': { de: 'Keine Tätigkeit passt zum Filter.', en: 'No activity matches the filter.' },
  'xp.picker.empty': { de: 'Wählen Sie mindestens eine Tätigkeit.', en: 'Choose at least one activity.' },
  'xp.picker.archived': { de: 'archiviert', en: 'archived' },

  'xp.csv': { de: 'CSV-Optionen', en: 'CSV options' },
  'xp.csv.delimiter': { de: 'Trennzeichen', en: 'Delimiter' },
  'xp.csv.semicolon': { de: 'Semikolon (deutsches Excel)', en: 'Semicolon (German Excel)' },
  'xp.csv.comma': { de: 'Komma', en: 'Comma' },
  'xp.csv.bom': { de: 'Byte Order Mark (BOM), damit Excel Umlaute erkennt', en: 'Byte order mark (BOM), so Excel reads accented letters' },

  'xp.groupBy': { de: 'Gliederung', en: 'Grouping' },
  'xp.groupBy.controlArea': { de: 'Nach Kontrollbereich', en: 'By control area' },
  'xp.groupBy.sdmGoal': { de: 'Nach Gewährleistungsziel (SDM)', en: 'By protection goal (SDM)' },
  'xp.onlyImplemented': { de: 'Nur umgesetzte Maßnahmen', 'de-CH': 'Nur umgesetzte Massnahmen', en: 'Only implemented measures' },

  'xp.run': { de: 'Exportieren', en: 'Export' },
  'xp.running': { de: 'Export läuft …', en: 'Exporting …' },
  'xp.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'xp.cancelled': { de: 'Der Export wurde abgebrochen.', en: 'The export was cancelled.' },
  'xp.progress': { de: 'Fortschritt des Exports', en: 'Export progress' },
  'xp.progress.text': { de: '{phase}: {done} von {total}', en: '{phase}: {done} of {total}' },
  'xp.phase.collect': { de: 'Daten lesen', en: 'Reading data' },
  'xp.phase.render': { de: 'Dokument setzen', en: 'Laying out the document' },
  'xp.phase.write': { de: 'Protokollieren', en: 'Logging' },

  'xp.result': { de: 'Export erstellt', en: 'Export created' },
  'xp.result.saved': { de: '„{file}“ wurde heruntergeladen.', 'de-CH': '«{file}» wurde heruntergeladen.', en: '“{file}” was downloaded.' },
  'xp.result.again': { de: 'Erneut herunterladen', en: 'Download again' },
  'xp.result.file': { de: 'Datei', en: 'File' },
  'xp.result.sha256': { de: 'SHA-256', en: 'SHA-256' },
  'xp.result.size': { de: 'Größe', 'de-CH': 'Grösse', en: 'Size' },
  'xp.result.auditHead': { de: 'Audit-Stand', en: 'Audit head' },
  'xp.result.exportId': { de: 'Export-ID', en: 'Export ID' },
  'xp.bytes': { de: '{size} ({bytes} Bytes)', en: '{size} ({bytes} bytes)' },

  'xp.history': { de: 'Export-Historie', en: 'Export history' },
  'xp.history.empty': { de: 'Noch keine Exporte.', en: 'No exports yet.' },
  'xp.history.changesFormat': { de: 'Format der Änderungsberichte', en: 'Format of change reports' },
  'xp.col.at': { de: 'Wann', en: 'When' },
  'xp.col.author': { de: 'Von', en: 'By' },
  'xp.col.what': { de: 'Was', en: 'What' },
  'xp.col.format': { de: 'Format', en: 'Format' },
  'xp.col.sha256': { de: 'SHA-256', en: 'SHA-256' },
  'xp.col.actions': { de: 'Aktionen', en: 'Actions' },
  'xp.changesSince': { de: 'Änderungen seit diesem Export', en: 'Changes since this export' },
  'xp.changesSince.label': { de: 'Änderungen seit diesem Export ({at})', en: 'Changes since this export ({at})' },
  'xp.logWhat.ropa-controller': { de: 'Verzeichnis (Verantwortlicher)', en: 'Record (controller)' },
  'xp.logWhat.ropa-processor': { de: 'Verzeichnis (Auftragsverarbeiter)', 'de-CH': 'Verzeichnis (Auftragsbearbeiter)', en: 'Record (processor)' },
  'xp.logWhat.toms': { de: 'TOM-Dokumentation', en: 'TOM documentation' },
  'xp.logWhat.changes': { de: 'Änderungsbericht', en: 'Change report' },
  'xp.logRegime.gdpr': { de: 'DSGVO', en: 'GDPR' },
  'xp.logRegime.revdsg': { de: 'revDSG', en: 'revFADP' },
  'xp.logDepth.authority': { de: 'Behörde', en: 'authority' },
  'xp.logDepth.internal': { de: 'intern', en: 'internal' },
  'xp.unknownAuthor': { de: '(unbekannt)', en: '(unknown)' }
} as const satisfies Messages
