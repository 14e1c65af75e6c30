import type { Messages } from '../types'

/**
 * The "Catalogs and templates" page (pages/catalogs). "de-CH" where Swiss usage differs:
 * Bearbeitung, Massnahmen, Bekanntgabe ins Ausland, Staatenliste, and never "ß".
 */
export const catalogsUi = {
  'catalogs.heading': { de: 'Kataloge und Vorlagen', en: 'Catalogs and templates' },
  'catalogs.intro': {
    de: 'Eingebautes Fachwissen für diesen Arbeitsbereich, gefiltert auf das anwendbare Recht: {regimes}.',
    en: 'Built-in knowledge for this workspace, filtered to the applicable law: {regimes}.'
  },
  'catalogs.tabs': { de: 'Kataloge', en: 'Catalogs' },
  'catalogs.tab.templates': { de: 'Vorlagen', en: 'Templates' },
  'catalogs.tab.toms': { de: 'TOM-Katalog', en: 'TOM catalogue' },
  'catalogs.tab.legalBases': { de: 'Rechtsgrundlagen', en: 'Legal bases' },
  'catalogs.tab.transfers': { de: 'Übermittlungen ins Ausland', 'de-CH': 'Bekanntgabe ins Ausland', en: 'Transfers' },
  'catalogs.tab.updates': { de: 'Aktualisierungen', en: 'Updates' },

  'catalogs.col.name': { de: 'Bezeichnung', en: 'Name' },
  'catalogs.col.code': { de: 'Code', en: 'Code' },
  'catalogs.col.ref': { de: 'Fundstelle', en: 'Reference' },
  'catalogs.col.description': { de: 'Beschreibung', en: 'Description' },
  'catalogs.verify': { de: 'Aktuellen Stand prüfen', en: 'Check current state' },
  'catalogs.empty': { de: '(leer)', en: '(empty)' },

  // Templates
  'catalogs.templates.intro': {
    de: 'Fertige Verarbeitungstätigkeiten als Ausgangspunkt. Beim Anlegen werden Zwecke, Rechtsgrundlagen, Betroffene, Datenkategorien, Empfänger, Löschfristen und TOM übernommen – als Entwurf, den Sie anschließend anpassen.',
    'de-CH':
      'Fertige Bearbeitungstätigkeiten als Ausgangspunkt. Beim Anlegen werden Zwecke, Rechtfertigungsgründe, betroffene Personen, Datenkategorien, Empfänger, Aufbewahrungsfristen und Massnahmen übernommen – als Entwurf, den Sie anschliessend anpassen.',
    en: 'Ready-made processing activities to start from. Creating one copies purposes, legal bases, data subjects, data categories, recipients, retention periods and TOMs – as a draft for you to adapt.'
  },
  'catalogs.templates.count': { de: '{count} Vorlagen', en: '{count} templates' },
  'catalogs.templates.list': { de: 'Vorlagen für Verarbeitungstätigkeiten', 'de-CH': 'Vorlagen für Bearbeitungstätigkeiten', en: 'Processing-activity templates' },
  'catalogs.templates.create': { de: 'Tätigkeit aus Vorlage anlegen', en: 'Create activity from template' },
  'catalogs.templates.createFor': { de: 'Tätigkeit aus Vorlage anlegen: {name}', en: 'Create activity from template: {name}' },
  'catalogs.templates.creating': { de: 'Wird angelegt …', en: 'Creating …' },
  'catalogs.templates.regimes': { de: 'Gilt für', en: 'Applies to' },

  // TOM catalogue
  'catalogs.toms.intro': {
    de: 'Technische und organisatorische Maßnahmen (DSGVO Art. 32; DSG Art. 8 mit DSV Art. 1–3). Wählen Sie Maßnahmen aus und übernehmen Sie sie in den Arbeitsbereich; dort pflegen Sie Status, Verantwortliche und Nachweise. Die Zuordnung zu Kontrollbereichen, SDM-Zielen, Art. 32 und DSV Art. 3 wird mit übernommen.',
    'de-CH':
      'Technische und organisatorische Massnahmen (DSG Art. 8 mit DSV Art. 1–3; DSGVO Art. 32). Wählen Sie Massnahmen aus und übernehmen Sie sie in den Arbeitsbereich; dort pflegen Sie Status, Verantwortliche und Nachweise. Die Zuordnung zu DSV Art. 3, Kontrollbereichen, SDM-Zielen und Art. 32 DSGVO wird mit übernommen.',
    en: 'Technical and organisational measures (GDPR Art. 32; DSG Art. 8 with DSV Art. 1–3). Select measures and adopt them into the workspace, where you keep their status, owner and evidence. Their mapping to control areas, SDM goals, Art. 32 and DSV Art. 3 comes along.'
  },
  'catalogs.toms.search': { de: 'Maßnahmen durchsuchen', 'de-CH': 'Massnahmen durchsuchen', en: 'Search measures' },
  'catalogs.toms.searchPlaceholder': { de: 'Bezeichnung oder Beschreibung …', en: 'Name or description …' },
  'catalogs.toms.kind': { de: 'Art', en: 'Kind' },
  'catalogs.toms.kindAll': { de: 'Alle', en: 'All' },
  'catalogs.toms.kind.technical': { de: 'Technisch', en: 'Technical' },
  'catalogs.toms.kind.organisational': { de: 'Organisatorisch', en: 'Organisational' },
  'catalogs.toms.table': { de: 'TOM-Katalog', en: 'TOM catalogue' },
  'catalogs.toms.showing': { de: '{shown} von {total} Maßnahmen', 'de-CH': '{shown} von {total} Massnahmen', en: '{shown} of {total} measures' },
  'catalogs.toms.inWorkspaceCount': { de: '{count} davon im Arbeitsbereich', en: '{count} of them in the workspace' },
  'catalogs.toms.select': { de: 'Auswählen: {name}', en: 'Select: {name}' },
  'catalogs.toms.selectAll': { de: 'Alle angezeigten auswählen', en: 'Select all shown' },
  'catalogs.toms.selected': { de: '{count} ausgewählt', en: '{count} selected' },
  'catalogs.toms.adopt': { de: 'In den Arbeitsbereich übernehmen', en: 'Adopt into workspace' },
  'catalogs.toms.adopting': { de: 'Wird übernommen …', en: 'Adopting …' },
  'catalogs.toms.adopted': {
    de: '{count} Maßnahmen in den Arbeitsbereich übernommen.',
    'de-CH': '{count} Massnahmen in den Arbeitsbereich übernommen.',
    en: '{count} measures adopted into the workspace.'
  },
  'catalogs.toms.col.select': { de: 'Auswahl', en: 'Select' },
  'catalogs.toms.col.kind': { de: 'Art', en: 'Kind' },
  'catalogs.toms.col.workspace': { de: 'Arbeitsbereich', en: 'Workspace' },
  'catalogs.toms.inWorkspace': { de: 'Im Arbeitsbereich', en: 'In workspace' },
  'catalogs.toms.archived': { de: 'Im Arbeitsbereich (archiviert)', en: 'In workspace (archived)' },
  'catalogs.toms.notAdopted': { de: 'Nicht übernommen', en: 'Not adopted' },
  'catalogs.toms.noMatch': { de: 'Keine Maßnahme passt zur Suche.', 'de-CH': 'Keine Massnahme passt zur Suche.', en: 'No measure matches the search.' },

  // Legal bases
  'catalogs.legal.intro': {
    de: 'Rechtsgrundlagen mit Fundstelle, wie sie in Verarbeitungstätigkeiten zur Auswahl stehen.',
    'de-CH': 'Rechtsgrundlagen und Rechtfertigungsgründe mit Fundstelle, wie sie in Bearbeitungstätigkeiten zur Auswahl stehen.',
    en: 'Legal bases with their references, as offered in processing activities.'
  },
  'catalogs.legal.group.gdpr-6': {
    de: 'DSGVO Art. 6 Abs. 1 – Rechtmäßigkeit der Verarbeitung',
    'de-CH': 'DSGVO Art. 6 Abs. 1 – Rechtmässigkeit der Verarbeitung',
    en: 'GDPR Art. 6(1) – lawfulness of processing'
  },
  'catalogs.legal.group.gdpr-9': {
    de: 'DSGVO Art. 9 Abs. 2 – besondere Kategorien personenbezogener Daten',
    en: 'GDPR Art. 9(2) – special categories of personal data'
  },
  'catalogs.legal.group.gdpr-10': {
    de: 'DSGVO Art. 10 – Daten über strafrechtliche Verurteilungen und Straftaten',
    en: 'GDPR Art. 10 – criminal convictions and offences'
  },
  'catalogs.legal.group.dsg-31': { de: 'DSG Art. 31 – Rechtfertigungsgründe', en: 'DSG Art. 31 – justifications (Swiss FADP)' },
  'catalogs.legal.note.gdpr-9': {
    de: 'Eine Bedingung nach Art. 9 Abs. 2 ist zusätzlich zu einer Rechtsgrundlage nach Art. 6 Abs. 1 nötig.',
    en: 'An Art. 9(2) condition is needed in addition to an Art. 6(1) legal basis.'
  },
  'catalogs.legal.note.dsg-31': {
    de: 'Private brauchen nach DSG keine Rechtsgrundlage; eine Rechtfertigung ist nötig, wenn die Bearbeitung die Persönlichkeit verletzt (DSG Art. 30–31).',
    en: 'Under the Swiss FADP private controllers need no legal basis; a justification is needed where processing violates personality rights (DSG Art. 30–31).'
  },

  // Transfers and adequacy
  'catalogs.transfers.intro': {
    de: 'Angemessenheitslisten und Übermittlungsgrundlagen je anwendbarem Recht. Die Listen der EU und der Schweiz unterscheiden sich.',
    'de-CH': 'Staatenlisten und Garantien für die Bekanntgabe ins Ausland je anwendbarem Recht. Die Listen der Schweiz und der EU unterscheiden sich.',
    en: 'Adequacy lists and transfer mechanisms per applicable law. The EU and Swiss lists differ.'
  },
  'catalogs.adequacy.heading.gdpr': { de: 'EU-Angemessenheitsbeschlüsse (DSGVO Art. 45)', en: 'EU adequacy decisions (GDPR Art. 45)' },
  'catalogs.adequacy.heading.revdsg': { de: 'Schweizer Staatenliste (DSV Anhang 1)', en: 'Swiss adequacy list (DSV Annex 1)' },
  'catalogs.adequacy.validAsOf': { de: 'Stand: {date}', en: 'Valid as of {date}' },
  'catalogs.adequacy.changes': {
    de: 'Angemessenheitsbeschlüsse ändern sich. Prüfen Sie vor einer Übermittlung den aktuellen Stand.',
    'de-CH': 'Angemessenheitsentscheide ändern sich. Prüfen Sie vor einer Bekanntgabe ins Ausland den aktuellen Stand.',
    en: 'Adequacy findings change. Check the current state before relying on them for a transfer.'
  },
  'catalogs.adequacy.domestic': { de: 'Keine Übermittlung ins Ausland', 'de-CH': 'Keine Bekanntgabe ins Ausland', en: 'Not a transfer abroad' },
  'catalogs.adequacy.countries': { de: 'Staaten mit angemessenem Schutzniveau', en: 'Countries with adequate protection' },
  'catalogs.adequacy.count': { de: '{count} Staaten', en: '{count} countries' },
  'catalogs.adequacy.col.country': { de: 'Staat', en: 'Country' },
  'catalogs.adequacy.col.scope': { de: 'Umfang', en: 'Scope' },
  'catalogs.adequacy.col.note': { de: 'Hinweis', en: 'Note' },
  'catalogs.adequacy.condition.none': { de: 'Ganzer Staat', en: 'Whole country' },
  'catalogs.adequacy.condition.dpf': { de: 'Nur DPF-zertifizierte Empfänger', en: 'DPF-certified recipients only' },
  'catalogs.adequacy.condition.scope': { de: 'Nur Teilbereich', en: 'Partial scope only' },
  'catalogs.adequacy.organisations': { de: 'Internationale Organisationen', en: 'International organisations' },
  'catalogs.adequacy.col.organisation': { de: 'Organisation', en: 'Organisation' },
  'catalogs.mechanisms.heading.gdpr': { de: 'Übermittlungsgrundlagen nach DSGVO (Art. 45–49)', en: 'GDPR transfer mechanisms (Art. 45–49)' },
  'catalogs.mechanisms.heading.revdsg': {
    de: 'Grundlagen der Bekanntgabe ins Ausland nach DSG (Art. 16–17)',
    en: 'Swiss transfer mechanisms (DSG Art. 16–17)'
  },
  'catalogs.mechanisms.group.adequacy': { de: 'Angemessenheit', en: 'Adequacy' },
  'catalogs.mechanisms.group.safeguards': { de: 'Geeignete Garantien', en: 'Appropriate safeguards' },
  'catalogs.mechanisms.group.derogation': { de: 'Ausnahmen für bestimmte Fälle', en: 'Derogations for specific situations' },
  'catalogs.mechanisms.derogationHint': {
    de: 'Ausnahmen sind für Einzelfälle gedacht, nicht für regelmäßige Übermittlungen.',
    'de-CH': 'Ausnahmen sind für Einzelfälle gedacht, nicht für regelmässige Bekanntgaben.',
    en: 'Derogations are for specific situations, not for routine transfers.'
  },

  // Updates
  'catalogs.updates.intro': {
    de: 'Neue App-Versionen bringen aktualisierte Kataloge mit. Hier sehen Sie, was sich in diesem Arbeitsbereich ändern würde, und übernehmen es ausgewählt oder vollständig.',
    en: 'New app versions bring updated catalogs. See what would change in this workspace and apply it selectively or all at once.'
  },
  'catalogs.updates.neverOverwritten': {
    de: 'Einträge, die Sie bearbeitet haben, werden nie überschrieben: Sie bleiben, wie sie sind, und erscheinen hier als «beibehalten».',
    en: 'Entries you have edited are never overwritten: they stay as they are and are listed here as "kept".'
  },
  'catalogs.updates.status': { de: 'Katalogstand', en: 'Catalog status' },
  'catalogs.updates.appVersion': { de: 'Katalog dieser App', en: 'Catalog of this app' },
  'catalogs.updates.workspaceVersion': { de: 'Katalog im Arbeitsbereich', en: 'Catalog in this workspace' },
  'catalogs.updates.notRecorded': { de: 'nicht erfasst', en: 'not recorded' },
  'catalogs.updates.validAsOf': { de: 'Rechtsstand', en: 'Legal state as of' },
  'catalogs.updates.pending': { de: 'Ausstehende Änderungen', en: 'Pending changes' },
  'catalogs.updates.upToDate': { de: 'Der Arbeitsbereich ist auf dem neuesten Stand.', en: 'The workspace is up to date.' },
  'catalogs.updates.upToDateHint': {
    de: 'Es gibt keine Katalogänderungen, die diesen Arbeitsbereich betreffen.',
    en: 'No catalog changes affect this workspace.'
  },
  'catalogs.updates.changes': { de: 'Katalogänderungen', en: 'Catalog changes' },
  'catalogs.updates.col.select': { de: 'Auswahl', en: 'Select' },
  'catalogs.updates.col.kind': { de: 'Verzeichnis', en: 'Registry' },
  'catalogs.updates.col.change': { de: 'Änderung', en: 'Change' },
  'catalogs.updates.col.fields': { de: 'Felder: vorher → nachher', en: 'Fields: before → after' },
  'catalogs.updates.change.new': { de: 'Neu', en: 'New' },
  'catalogs.updates.change.update': { de: 'Aktualisierung', en: 'Update' },
  'catalogs.updates.change.kept': { de: 'Beibehalten – von Ihnen bearbeitet', en: 'Kept — you edited this entry' },
  'catalogs.updates.before': { de: 'vorher', en: 'before' },
  'catalogs.updates.after': { de: 'nachher', en: 'after' },
  'catalogs.updates.yours': { de: 'Ihr Eintrag, bleibt', en: 'your entry, stays' },
  'catalogs.updates.catalog': { de: 'Katalog', en: 'catalog' },
  'catalogs.updates.newEntry': { de: 'Wird neu angelegt', en: 'Will be added' },
  'catalogs.updates.select': { de: 'Auswählen: {name}', en: 'Select: {name}' },
  'catalogs.updates.selectAll': { de: 'Alle übernehmbaren auswählen', en: 'Select all that can be applied' },
  'catalogs.updates.selected': { de: '{count} ausgewählt', en: '{count} selected' },
  'catalogs.updates.applySelected': { de: 'Ausgewählte übernehmen', en: 'Apply selected' },
  'catalogs.updates.applyAll': { de: 'Alle übernehmen', en: 'Apply all' },
  'catalogs.updates.applying': { de: 'Wird übernommen …', en: 'Applying …' },
  'catalogs.updates.applied': {
    de: '{applied} Änderungen übernommen; {kept} von Ihnen bearbeitete Einträge beibehalten.',
    en: '{applied} changes applied; {kept} entries you edited were kept.'
  },

  // Field names in catalog changes
  'catalogs.field.name': { de: 'Bezeichnung', en: 'Name' },
  'catalogs.field.description': { de: 'Beschreibung', en: 'Description' },
  'catalogs.field.gdprSpecial': { de: 'DSGVO Art. 9/10', en: 'GDPR Art. 9/10' },
  'catalogs.field.dsgSensitiveClause': { de: 'DSG Art. 5 lit. c', en: 'DSG Art. 5 lit. c' },
  'catalogs.field.vulnerable': { de: 'Schutzbedürftig', en: 'Vulnerable' },
  'catalogs.field.controlAreas': { de: 'Kontrollbereiche', en: 'Control areas' },
  'catalogs.field.sdmGoals': { de: 'SDM-Gewährleistungsziele', en: 'SDM protection goals' },
  'catalogs.field.art32': { de: 'DSGVO Art. 32 Abs. 1', en: 'GDPR Art. 32(1)' },
  'catalogs.field.dsvControls': { de: 'DSV Art. 3', en: 'DSV Art. 3' },
  'catalogs.field.catalogKey': { de: 'Katalogschlüssel', en: 'Catalog key' }
} as const satisfies Messages
