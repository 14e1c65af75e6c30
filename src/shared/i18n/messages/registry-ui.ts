import type { Messages } from '../types'

/**
 * The registry lists (pages/registry), their table, the "export current view" files and the
 * command palette. "de-CH" where Swiss usage differs: Bearbeitung, Personendaten, Massnahmen,
 * and never "ß".
 */
export const registryUi = {
  // New entries
  'rv.new.activities': { de: 'Neue Verarbeitungstätigkeit', 'de-CH': 'Neue Bearbeitungstätigkeit', en: 'New processing activity' },
  'rv.new.processorActivities': { de: 'Neue Auftragsverarbeitung', 'de-CH': 'Neue Auftragsbearbeitung', en: 'New processor activity' },
  'rv.new.dataCategories': { de: 'Neue Datenkategorie', en: 'New data category' },
  'rv.new.dataSubjects': { de: 'Neue Personengruppe', en: 'New data subject category' },
  'rv.new.recipients': { de: 'Neuer Empfänger', en: 'New recipient' },
  'rv.new.systems': { de: 'Neues System', en: 'New system' },
  'rv.new.toms': { de: 'Neue Maßnahme', 'de-CH': 'Neue Massnahme', en: 'New measure' },
  'rv.fromTemplate': { de: 'Aus Vorlage anlegen', en: 'New from template' },
  'rv.fromCatalog': { de: 'Aus dem Katalog übernehmen', en: 'Add from the catalog' },
  'rv.shortcuts': { de: 'Tasten: / Suche · N Neu · Strg+K Befehle', en: 'Keys: / search · N new · Ctrl+K commands' },

  // Empty states
  'rv.empty.activities': {
    de: 'Erfassen Sie jede Verarbeitung personenbezogener Daten als eigene Tätigkeit. Am schnellsten geht es mit einer Vorlage (z. B. Lohnbuchhaltung, Newsletter, Bewerbungen), die Sie danach anpassen.',
    'de-CH': 'Erfassen Sie jede Bearbeitung von Personendaten als eigene Tätigkeit. Am schnellsten geht es mit einer Vorlage (z. B. Lohnbuchhaltung, Newsletter, Bewerbungen), die Sie danach anpassen.',
    en: 'Record each processing of personal data as its own activity. The quickest start is a template (payroll, newsletter, applications …) that you then adapt.'
  },
  'rv.empty.processorActivities': {
    de: 'Verarbeiten Sie Daten im Auftrag von Kunden? Dann erfassen Sie hier jede solche Tätigkeit mit dem jeweiligen Auftraggeber.',
    'de-CH': 'Bearbeiten Sie Daten im Auftrag von Kunden? Dann erfassen Sie hier jede solche Tätigkeit mit dem jeweiligen Auftraggeber.',
    en: 'Do you process data on behalf of customers? Record each such activity here, with the controller you serve.'
  },
  'rv.empty.dataCategories': {
    de: 'Legen Sie die Datenkategorien an, die Ihre Tätigkeiten verwenden – oder übernehmen Sie die üblichen aus dem Katalog.',
    en: 'Add the data categories your activities use – or take the usual ones from the catalog.'
  },
  'rv.empty.dataSubjects': {
    de: 'Legen Sie die Gruppen betroffener Personen an (Kunden, Beschäftigte, Bewerbende …) – oder übernehmen Sie sie aus dem Katalog.',
    en: 'Add the groups of data subjects (customers, employees, applicants …) – or take them from the catalog.'
  },
  'rv.empty.recipients': {
    de: 'Erfassen Sie interne Stellen, Dienstleister und Behörden, die Daten erhalten – mit Land und Stand des Vertrags.',
    en: 'Record internal units, service providers and authorities that receive data – with country and agreement status.'
  },
  'rv.empty.systems': {
    de: 'Erfassen Sie die Anwendungen und Dienste, in denen personenbezogene Daten liegen, mit Standort und Anbieter.',
    'de-CH': 'Erfassen Sie die Anwendungen und Dienste, in denen Personendaten liegen, mit Standort und Anbieter.',
    en: 'Record the applications and services that hold personal data, with location and vendor.'
  },
  'rv.empty.toms': {
    de: 'Dokumentieren Sie Ihre technischen und organisatorischen Maßnahmen – am einfachsten, indem Sie passende Maßnahmen aus dem Katalog übernehmen.',
    'de-CH': 'Dokumentieren Sie Ihre technischen und organisatorischen Massnahmen – am einfachsten, indem Sie passende Massnahmen aus dem Katalog übernehmen.',
    en: 'Document your technical and organisational measures – most easily by taking matching measures from the catalog.'
  },
  'rv.noMatchHint': { de: 'Ändern Sie die Suche oder setzen Sie die Filter zurück.', en: 'Change the search or reset the filters.' },
  'rv.noArchived': { de: 'Es gibt keine archivierten Einträge.', en: 'There are no archived entries.' },
  'rv.error.retry': { de: 'Erneut versuchen', en: 'Try again' },

  // Toolbar, filters
  'rv.toolbar': { de: 'Suche und Filter', en: 'Search and filters' },
  'rv.filters': { de: 'Filter', en: 'Filters' },
  'rv.filters.reset': { de: 'Filter zurücksetzen', en: 'Reset filters' },
  'rv.facet.selected': { de: '{name}: {value}', en: '{name}: {value}' },
  'rv.facet.many': { de: '{count} gewählt', en: '{count} selected' },
  'rv.facet.none': { de: '(ohne)', en: '(none)' },
  'rv.facet.search': { de: 'Werte durchsuchen', en: 'Search values' },
  'rv.facet.noValues': { de: 'Keine Werte vorhanden.', en: 'No values yet.' },
  'rv.facet.clear': { de: 'Auswahl aufheben', en: 'Clear selection' },
  'rv.facet.options': { de: 'Werte für {name}', en: 'Values for {name}' },
  'rv.archived': { de: 'Anzeigen', en: 'Show' },
  'rv.archived.exclude': { de: 'Aktive Einträge', en: 'Active entries' },
  'rv.archived.include': { de: 'Aktive und archivierte', en: 'Active and archived' },
  'rv.archived.only': { de: 'Nur archivierte', en: 'Archived only' },
  'rv.archivedBadge': { de: 'Archiviert', en: 'Archived' },
  'rv.findings.badge': { de: 'Befunde: {n}', en: 'Findings: {n}' },
  'rv.findings.title': { de: 'Konsistenzprüfung: {error} Fehler, {warning} Warnungen', en: 'Consistency checks: {error} errors, {warning} warnings' },
  'rv.dpia.none': { de: 'Nicht geprüft', en: 'Not screened' },
  'rv.summary.total': { de: 'Einträge: {count}', en: 'Entries: {count}' },
  'rv.summary.matching': { de: 'Treffer: {count} von {all}', en: 'Matches: {count} of {all}' },
  'rv.summary.loading': { de: '{loaded} von {count} geladen …', en: '{loaded} of {count} loaded …' },

  // Columns
  'rv.columns': { de: 'Spalten', en: 'Columns' },
  'rv.columns.legend': { de: 'Angezeigte Spalten und Reihenfolge', en: 'Shown columns and their order' },
  'rv.columns.up': { de: '{name} nach vorne', en: 'Move {name} earlier' },
  'rv.columns.down': { de: '{name} nach hinten', en: 'Move {name} later' },
  'rv.columns.reset': { de: 'Standard wiederherstellen', en: 'Restore default' },
  'rv.columns.saved': { de: 'Spalten für diesen Arbeitsbereich gespeichert.', en: 'Columns saved for this workspace.' },
  'rv.col.role': { de: 'Rolle', en: 'Role' },
  'rv.col.legalBases': { de: 'Rechtsgrundlagen', en: 'Legal bases' },
  'rv.col.dpia': { de: 'DSFA', en: 'DPIA' },
  'rv.col.dataSubjects': { de: 'Betroffene Personen', en: 'Data subjects' },
  'rv.col.dataCategories': { de: 'Datenkategorien', en: 'Data categories' },
  'rv.col.recipients': { de: 'Empfänger', en: 'Recipients' },
  'rv.col.systems': { de: 'Systeme', en: 'Systems' },
  'rv.col.toms': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'TOMs' },
  'rv.col.purposes': { de: 'Zwecke', en: 'Purposes' },
  'rv.col.regimes': { de: 'Recht', en: 'Law' },
  'rv.col.updatedAt': { de: 'Zuletzt geändert', en: 'Last changed' },
  'rv.col.controllers': { de: 'Auftraggeber', en: 'Controllers served' },
  'rv.col.processingCategories': { de: 'Kategorien der Verarbeitung', 'de-CH': 'Kategorien der Bearbeitung', en: 'Categories of processing' },
  'rv.col.subProcessors': { de: 'Unterauftragsverarbeiter', 'de-CH': 'Unterauftragsbearbeiter', en: 'Sub-processors' },
  'rv.col.vendor': { de: 'Anbieter', en: 'Vendor' },
  'rv.col.hostingLocation': { de: 'Standort (Details)', en: 'Hosting location' },
  'rv.col.controlAreas': { de: 'Kontrollbereiche', en: 'Control areas' },
  'rv.col.sdmGoals': { de: 'Schutzziele (SDM)', en: 'Protection goals (SDM)' },
  'rv.col.art32': { de: 'Art. 32 DSGVO', en: 'GDPR Art. 32' },
  'rv.col.dpaDate': { de: 'Vertrag vom', en: 'Agreement dated' },
  'rv.col.evidence': { de: 'Nachweis', en: 'Evidence' },

  'rv.enum.activityRole.controller': { de: 'Verantwortlicher', en: 'Controller' },
  'rv.enum.activityRole.joint_controller': { de: 'Gemeinsam Verantwortliche', en: 'Joint controllers' },
  'rv.enum.dpiaResult.required': { de: 'Erforderlich', en: 'Required' },
  'rv.enum.dpiaResult.recommended': { de: 'Empfohlen', en: 'Recommended' },
  'rv.enum.dpiaResult.not_required': { de: 'Nicht nötig', en: 'Not needed' },

  // Table
  'rv.sortBy': { de: 'Sortieren nach {name}', en: 'Sort by {name}' },
  'rv.select.all': { de: 'Alle Treffer auswählen', en: 'Select all matches' },
  'rv.select.row': { de: '{name} auswählen', en: 'Select {name}' },
  'rv.row.loading': { de: 'Wird geladen …', en: 'Loading …' },

  // Selection and bulk actions
  'rv.bulk.label': { de: 'Aktionen für die Auswahl', en: 'Actions for the selection' },
  'rv.bulk.count': { de: 'Ausgewählt: {count}', en: 'Selected: {count}' },
  'rv.bulk.selectAll': { de: 'Alle {count} auswählen', en: 'Select all {count}' },
  'rv.bulk.clear': { de: 'Auswahl aufheben', en: 'Clear selection' },
  'rv.bulk.status': { de: 'Status setzen', en: 'Set status' },
  'rv.bulk.owner': { de: 'Verantwortlich setzen', en: 'Set owner' },
  'rv.bulk.tom': { de: 'TOM verknüpfen', en: 'Link a TOM' },
  'rv.bulk.tomChoose': { de: 'Maßnahme wählen …', 'de-CH': 'Massnahme wählen …', en: 'Choose a measure …' },
  'rv.bulk.choose': { de: 'Wählen …', en: 'Choose …' },
  'rv.bulk.apply': { de: 'Anwenden', en: 'Apply' },
  'rv.bulk.statusValue': { de: 'Neuer Status', en: 'New status' },
  'rv.bulk.ownerValue': { de: 'Neu verantwortlich', en: 'New owner' },
  'rv.bulk.tomValue': { de: 'Maßnahme (TOM)', 'de-CH': 'Massnahme (TOM)', en: 'Measure (TOM)' },
  'rv.bulk.archive': { de: 'Archivieren', en: 'Archive' },
  'rv.bulk.restore': { de: 'Wiederherstellen', en: 'Restore' },
  'rv.bulk.busy': { de: 'Wird ausgeführt …', en: 'Working …' },
  'rv.notice.updated': { de: 'Geändert: {count} von {selected} Einträgen.', en: 'Changed: {count} of {selected} entries.' },
  'rv.notice.archived': { de: 'Archiviert: {count} Einträge.', en: 'Archived: {count} entries.' },
  'rv.notice.restored': { de: 'Wiederhergestellt: {count} Einträge.', en: 'Restored: {count} entries.' },
  'rv.notice.linked': { de: 'Verknüpft mit {name}: {count} Einträge.', en: 'Linked to {name}: {count} entries.' },
  'rv.notice.exported': { de: 'Heruntergeladen: {file}', en: 'Downloaded: {file}' },
  'rv.undo': { de: 'Rückgängig', en: 'Undo' },
  'rv.dismiss': { de: 'Meldung schließen', 'de-CH': 'Meldung schliessen', en: 'Dismiss' },

  // Export
  'rv.export': { de: 'Exportieren', en: 'Export' },
  'rv.export.intro': {
    de: 'Die angezeigten Spalten, alle {count} Treffer, in der aktuellen Sortierung.',
    en: 'The shown columns, all {count} matches, in the current order.'
  },
  'rv.export.csv': { de: 'CSV herunterladen', en: 'Download CSV' },
  'rv.export.xlsx': { de: 'Excel (XLSX) herunterladen', en: 'Download Excel (XLSX)' },
  'rv.export.delimiter': { de: 'Trennzeichen (CSV)', en: 'Delimiter (CSV)' },
  'rv.export.semicolon': { de: 'Semikolon ;', en: 'Semicolon ;' },
  'rv.export.comma': { de: 'Komma ,', en: 'Comma ,' },
  'rv.export.bom': { de: 'Mit BOM (für Excel)', en: 'With BOM (for Excel)' },
  'rv.export.busy': { de: 'Export wird erstellt …', en: 'Creating export …' },
  'rv.export.sheet': { de: 'Ansicht', en: 'View' },

  // Command palette
  'palette.title': { de: 'Befehle und Suche', en: 'Commands and search' },
  'palette.input': { de: 'Suchen oder Befehl eingeben', en: 'Search or type a command' },
  'palette.placeholder': { de: 'Bezeichnung, Nummer oder Befehl …', en: 'Name, reference or command …' },
  'palette.results': { de: 'Vorschläge', en: 'Suggestions' },
  'palette.commands': { de: 'Befehle', en: 'Commands' },
  'palette.entries': { de: 'Einträge', en: 'Entries' },
  'palette.goTo': { de: 'Gehe zu: {name}', en: 'Go to: {name}' },
  'palette.lock': { de: 'Arbeitsbereich sperren', en: 'Lock the workspace' },
  'palette.none': { de: 'Keine Treffer.', en: 'No matches.' },
  'palette.searching': { de: 'Suche läuft …', en: 'Searching …' },
  'palette.count': { de: 'Vorschläge: {count}', en: 'Suggestions: {count}' },
  'palette.hint': { de: '↑ ↓ wählen · Enter öffnen · Esc schließen', 'de-CH': '↑ ↓ wählen · Enter öffnen · Esc schliessen', en: '↑ ↓ choose · Enter open · Esc close' },
  'palette.close': { de: 'Schließen', 'de-CH': 'Schliessen', en: 'Close' },
  'palette.archived': { de: 'archiviert', en: 'archived' }
} as const satisfies Messages
