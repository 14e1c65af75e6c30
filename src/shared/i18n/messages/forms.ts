import type { Messages } from '../types'

/**
 * Detail pages, forms, pickers, history and the organisation page. "de-CH" where Swiss usage
 * differs: no ß, "Bearbeitung", "Personendaten", "Auftragsbearbeiter".
 */
export const forms = {
  // ----- Detail page -----
  'detail.loading': { de: 'Eintrag wird geladen …', en: 'Loading entry …' },
  'detail.notFoundTitle': { de: 'Eintrag nicht gefunden', en: 'Entry not found' },
  'detail.notFoundText': {
    de: 'Diesen Eintrag gibt es in diesem Arbeitsbereich nicht (mehr). Vielleicht stammt der Link aus einem anderen Arbeitsbereich.',
    en: 'This entry does not exist (any more) in this workspace. The link may come from another workspace.'
  },
  'detail.backToList': { de: 'Zur Liste: {name}', en: 'Back to the list: {name}' },
  'detail.newTitle': { de: 'Neu: {kind}', en: 'New: {kind}' },
  'detail.title': { de: '{ref} {name}', en: '{ref} {name}' },
  'detail.meta': { de: '{kind} · Version {version} · zuletzt geändert {date}', en: '{kind} · version {version} · last changed {date}' },
  'detail.newIntro': {
    de: 'Füllen Sie mindestens die Bezeichnung aus; alles Weitere können Sie später ergänzen.',
    en: 'Fill in at least the name; everything else can be added later.'
  },
  'detail.tabs': { de: 'Ansichten des Eintrags', en: 'Views of the entry' },
  'detail.tab.details': { de: 'Details', en: 'Details' },
  'detail.tab.usage': { de: 'Verwendet von', en: 'Used by' },
  'detail.tab.history': { de: 'Verlauf', en: 'History' },
  'detail.archived': {
    de: 'Archiviert am {date}. Der Eintrag erscheint nicht mehr in Listen und Auswahlen; bestehende Verknüpfungen bleiben.',
    en: 'Archived on {date}. The entry no longer appears in lists and pickers; existing links remain.'
  },
  'detail.actions': { de: 'Aktionen', en: 'Actions' },

  // ----- Form actions and feedback -----
  'form.save': { de: 'Speichern', en: 'Save' },
  'form.create': { de: 'Anlegen', en: 'Create' },
  'form.saving': { de: 'Wird gespeichert …', en: 'Saving …' },
  'form.discard': { de: 'Änderungen verwerfen', en: 'Discard changes' },
  'form.cancelNew': { de: 'Abbrechen', en: 'Cancel' },
  'form.duplicate': { de: 'Duplizieren', en: 'Duplicate' },
  'form.archive': { de: 'Archivieren …', en: 'Archive …' },
  'form.restore': { de: 'Wiederherstellen', en: 'Restore' },
  'form.shortcuts': { de: 'Strg+S speichert, Esc verwirft.', en: 'Ctrl+S saves, Esc discards.' },
  'form.dirty': { de: 'Ungespeicherte Änderungen', en: 'Unsaved changes' },
  'form.clean': { de: 'Alles gespeichert', en: 'All saved' },
  'form.saved': { de: 'Gespeichert.', en: 'Saved.' },
  'form.created': { de: '{ref} angelegt.', en: '{ref} created.' },
  'form.duplicated': { de: 'Kopie {ref} angelegt. Sie bearbeiten jetzt die Kopie.', en: 'Copy {ref} created. You are now editing the copy.' },
  'form.archivedNotice': { de: 'Archiviert.', en: 'Archived.' },
  'form.restoredNotice': { de: 'Wiederhergestellt.', en: 'Restored.' },
  'form.noChanges': { de: 'Keine Änderungen zu speichern.', en: 'No changes to save.' },
  'form.invalidSummary': {
    de: 'Nicht gespeichert. Bitte korrigieren Sie diese Angaben ({count}):',
    en: 'Not saved. Please correct these entries ({count}):'
  },
  'form.conflict': {
    de: 'Nicht gespeichert: Der Eintrag wurde inzwischen anderswo geändert (jetzt Version {actual}, Ihre Bearbeitung beruht auf Version {expected}). Laden Sie den aktuellen Stand; Ihre Eingaben gehen dabei verloren.',
    en: 'Not saved: the entry was changed elsewhere meanwhile (now version {actual}; your edits are based on version {expected}). Load the current state; your edits will be lost.'
  },
  'form.reload': { de: 'Aktuellen Stand laden', en: 'Load current state' },
  'form.copyName': { de: '{name} (Kopie)', en: '{name} (copy)' },
  'form.none': { de: '– keine Angabe –', en: '– not specified –' },
  'form.dateHint': { de: 'Format JJJJ-MM-TT, z. B. 2026-03-31', en: 'Format YYYY-MM-DD, e.g. 2026-03-31' },
  'form.required': { de: 'Pflichtfeld', en: 'Required' },
  'form.regimesHint': {
    de: 'Leer bedeutet: unter jedem Recht dieses Arbeitsbereichs.',
    en: 'Empty means: under every law of this workspace.'
  },
  'form.controllerHint': {
    de: 'Name und Kontaktdaten des Verantwortlichen, der Vertretung und der Datenschutzbeauftragten stehen auf der Seite «Organisation».',
    en: 'Name and contact details of the controller, the representative and the DPO are kept on the "Organisation" page.'
  },
  'form.toOrganisation': { de: 'Zur Organisation', en: 'Go to organisation' },

  // ----- Dialogs -----
  'dialog.unsavedTitle': { de: 'Ungespeicherte Änderungen', en: 'Unsaved changes' },
  'dialog.unsavedText': {
    de: 'Einige Änderungen sind noch nicht gespeichert. Wenn Sie die Seite verlassen, gehen sie verloren.',
    en: 'Some changes are not saved yet. If you leave the page, they are lost.'
  },
  'dialog.leave': { de: 'Verwerfen und verlassen', en: 'Discard and leave' },
  'dialog.stay': { de: 'Weiter bearbeiten', en: 'Keep editing' },
  'dialog.discardTitle': { de: 'Änderungen verwerfen?', en: 'Discard changes?' },
  'dialog.discardText': {
    de: 'Alle Änderungen seit dem letzten Speichern gehen verloren.',
    en: 'All changes since the last save are lost.'
  },
  'dialog.discard': { de: 'Verwerfen', en: 'Discard' },
  'dialog.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'dialog.archiveTitle': { de: '«{name}» archivieren?', en: 'Archive "{name}"?' },
  'dialog.archiveText': {
    de: 'Archivierte Einträge erscheinen nicht mehr in Listen und Auswahlen. Verknüpfungen und Verlauf bleiben erhalten; Sie können den Eintrag jederzeit wiederherstellen.',
    en: 'Archived entries no longer appear in lists and pickers. Links and history are kept; you can restore the entry at any time.'
  },
  'dialog.archiveConfirm': { de: 'Archivieren', en: 'Archive' },
  'dialog.approveTitle': { de: 'Freigeben', en: 'Approve' },
  'dialog.approveText': {
    de: 'Wer gibt diesen Eintrag frei, und an welchem Tag? Beides wird gespeichert und im Verlauf protokolliert.',
    en: 'Who approves this entry, and on which day? Both are saved and recorded in the history.'
  },
  'dialog.approve': { de: 'Freigeben und speichern', en: 'Approve and save' },
  'dialog.regimesTitle': { de: 'Anwendbares Recht ändern?', en: 'Change the applicable law?' },
  'dialog.regimesText': {
    de: 'Mit dem anwendbaren Recht ändern sich Begriffe (in Schweizer Arbeitsbereichen etwa «Bearbeitung» statt «Verarbeitung») und die angebotenen Optionen: Rechtsgrundlagen, Übermittlungsmechanismen, Prüfkriterien und Gesetzesverweise. Bestehende Einträge bleiben unverändert. Die Änderung gilt erst nach dem Speichern.',
    'de-CH':
      'Mit dem anwendbaren Recht ändern sich Begriffe (in Schweizer Arbeitsbereichen etwa «Bearbeitung» statt «Verarbeitung») und die angebotenen Optionen: Rechtfertigungsgründe, Übermittlungsmechanismen, Prüfkriterien und Gesetzesverweise. Bestehende Einträge bleiben unverändert. Die Änderung gilt erst nach dem Speichern.',
    en: 'The applicable law changes the terminology (Swiss workspaces say "Bearbeitung" instead of "Verarbeitung") and the options offered: legal bases, transfer mechanisms, screening criteria and legal references. Existing entries stay as they are. The change applies once you save.'
  },
  'dialog.regimesConfirm': { de: 'Recht ändern', en: 'Change law' },

  // ----- Status workflow -----
  'workflow.status': { de: 'Status', en: 'Status' },
  'workflow.toReview': { de: 'Zur Prüfung geben', en: 'Submit for review' },
  'workflow.approve': { de: 'Freigeben …', en: 'Approve …' },
  'workflow.approveSimple': { de: 'Freigeben', en: 'Approve' },
  'workflow.toDraft': { de: 'Zurück in den Entwurf', en: 'Back to draft' },
  'workflow.approvedBy': { de: 'Freigegeben von {name} am {date}.', en: 'Approved by {name} on {date}.' },
  'workflow.newHint': { de: 'Neue Einträge beginnen als Entwurf.', en: 'New entries start as a draft.' },
  'workflow.changed': { de: 'Status: {status}. Gespeichert.', en: 'Status: {status}. Saved.' },

  // ----- Sections -----
  'section.general': { de: 'Allgemeines', en: 'General' },
  'section.controller': { de: 'Verantwortlicher', en: 'Controller' },
  'section.purposes': { de: 'Zwecke', en: 'Purposes' },
  'section.legalBases': { de: 'Rechtsgrundlagen', en: 'Legal bases' },
  'section.subjectsCategories': { de: 'Betroffene Personen und Datenkategorien', en: 'Data subjects and data categories' },
  'section.recipients': { de: 'Empfänger', en: 'Recipients' },
  'section.transfers': { de: 'Übermittlungen ins Ausland', 'de-CH': 'Bekanntgabe ins Ausland', en: 'Transfers abroad' },
  'section.retention': { de: 'Löschfristen', 'de-CH': 'Aufbewahrung und Löschung', en: 'Retention and erasure' },
  'section.security': {
    de: 'Technische und organisatorische Maßnahmen',
    'de-CH': 'Technische und organisatorische Massnahmen',
    en: 'Technical and organisational measures'
  },
  'section.systems': { de: 'Systeme', en: 'Systems' },
  'section.dpia': { de: 'Datenschutz-Folgenabschätzung: Schwellwertanalyse', en: 'Data protection impact assessment: screening' },
  'section.status': { de: 'Status und Prüfung', en: 'Status and review' },
  'section.controllers': {
    de: 'Verantwortliche, in deren Auftrag wir verarbeiten',
    'de-CH': 'Verantwortliche, in deren Auftrag wir bearbeiten',
    en: 'Controllers on whose behalf we process'
  },
  'section.processingCategories': {
    de: 'Kategorien von Verarbeitungen',
    'de-CH': 'Kategorien von Bearbeitungen',
    en: 'Categories of processing'
  },
  'section.subProcessors': { de: 'Unterauftragsverarbeiter', 'de-CH': 'Unterauftragsbearbeiter', en: 'Sub-processors' },
  'section.classification': { de: 'Einstufung', en: 'Classification' },
  'section.contact': { de: 'Kontakt', en: 'Contact' },
  'section.agreement': {
    de: 'Vertrag zur Auftragsverarbeitung',
    'de-CH': 'Vertrag zur Auftragsbearbeitung',
    en: 'Processing agreement'
  },
  'section.transferStatus': { de: 'Drittland-Status', en: 'Third-country status' },
  'section.hosting': { de: 'Anbieter und Standort', en: 'Vendor and location' },
  'section.mapping': { de: 'Zuordnung', en: 'Mapping' },
  'section.implementation': { de: 'Umsetzung und Nachweis', en: 'Implementation and evidence' },
  'section.notes': { de: 'Notizen', en: 'Notes' },

  // ----- Legal references next to section headings -----
  'ref.gdpr.30_1_a': { de: 'Art. 30 Abs. 1 lit. a DSGVO', en: 'GDPR Art. 30(1)(a)' },
  'ref.gdpr.30_1_b': { de: 'Art. 30 Abs. 1 lit. b DSGVO', en: 'GDPR Art. 30(1)(b)' },
  'ref.gdpr.30_1_c': { de: 'Art. 30 Abs. 1 lit. c DSGVO', en: 'GDPR Art. 30(1)(c)' },
  'ref.gdpr.30_1_d': { de: 'Art. 30 Abs. 1 lit. d DSGVO', en: 'GDPR Art. 30(1)(d)' },
  'ref.gdpr.30_1_e': { de: 'Art. 30 Abs. 1 lit. e DSGVO', en: 'GDPR Art. 30(1)(e)' },
  'ref.gdpr.30_1_f': { de: 'Art. 30 Abs. 1 lit. f DSGVO', en: 'GDPR Art. 30(1)(f)' },
  'ref.gdpr.30_1_g': { de: 'Art. 30 Abs. 1 lit. g DSGVO', en: 'GDPR Art. 30(1)(g)' },
  'ref.gdpr.30_2_a': { de: 'Art. 30 Abs. 2 lit. a DSGVO', en: 'GDPR Art. 30(2)(a)' },
  'ref.gdpr.30_2_b': { de: 'Art. 30 Abs. 2 lit. b DSGVO', en: 'GDPR Art. 30(2)(b)' },
  'ref.gdpr.30_2_c': { de: 'Art. 30 Abs. 2 lit. c DSGVO', en: 'GDPR Art. 30(2)(c)' },
  'ref.gdpr.30_2_d': { de: 'Art. 30 Abs. 2 lit. d DSGVO', en: 'GDPR Art. 30(2)(d)' },
  'ref.gdpr.legalBases': { de: 'Art. 6, 9, 10 DSGVO', en: 'GDPR Art. 6, 9, 10' },
  'ref.gdpr.dpia': { de: 'Art. 35 DSGVO, WP248', en: 'GDPR Art. 35, WP248' },
  'ref.gdpr.28': { de: 'Art. 28 DSGVO', en: 'GDPR Art. 28' },
  'ref.gdpr.28_4': { de: 'Art. 28 Abs. 2 und 4 DSGVO', en: 'GDPR Art. 28(2) and (4)' },
  'ref.gdpr.32': { de: 'Art. 32 DSGVO', en: 'GDPR Art. 32' },
  'ref.gdpr.9_10': { de: 'Art. 9, 10 DSGVO', en: 'GDPR Art. 9, 10' },
  'ref.gdpr.44': { de: 'Art. 44–49 DSGVO', en: 'GDPR Art. 44–49' },
  'ref.gdpr.27': { de: 'Art. 27 DSGVO', en: 'GDPR Art. 27' },
  'ref.gdpr.37': { de: 'Art. 37 DSGVO', en: 'GDPR Art. 37' },
  'ref.gdpr.51': { de: 'Art. 51, 55 DSGVO', en: 'GDPR Art. 51, 55' },
  'ref.gdpr.30_5': { de: 'Art. 30 Abs. 5 DSGVO', en: 'GDPR Art. 30(5)' },
  'ref.dsg.12_2_a': { de: 'Art. 12 Abs. 2 lit. a DSG', en: 'FADP Art. 12(2)(a)' },
  'ref.dsg.12_2_b': { de: 'Art. 12 Abs. 2 lit. b DSG', en: 'FADP Art. 12(2)(b)' },
  'ref.dsg.12_2_c': { de: 'Art. 12 Abs. 2 lit. c DSG', en: 'FADP Art. 12(2)(c)' },
  'ref.dsg.12_2_d': { de: 'Art. 12 Abs. 2 lit. d DSG', en: 'FADP Art. 12(2)(d)' },
  'ref.dsg.12_2_e': { de: 'Art. 12 Abs. 2 lit. e DSG', en: 'FADP Art. 12(2)(e)' },
  'ref.dsg.12_2_f': { de: 'Art. 12 Abs. 2 lit. f DSG', en: 'FADP Art. 12(2)(f)' },
  'ref.dsg.12_2_g': { de: 'Art. 12 Abs. 2 lit. g DSG', en: 'FADP Art. 12(2)(g)' },
  'ref.dsg.12_3': { de: 'Art. 12 Abs. 3 DSG', en: 'FADP Art. 12(3)' },
  'ref.dsg.legalBases': { de: 'Art. 30–31 DSG', en: 'FADP Art. 30–31' },
  'ref.dsg.dpia': { de: 'Art. 22 DSG', en: 'FADP Art. 22' },
  'ref.dsg.9': { de: 'Art. 9 DSG', en: 'FADP Art. 9' },
  'ref.dsg.8': { de: 'Art. 8 DSG, Art. 1–3 DSV', en: 'FADP Art. 8, DPO Art. 1–3' },
  'ref.dsg.5c': { de: 'Art. 5 lit. c DSG', en: 'FADP Art. 5(c)' },
  'ref.dsg.16': { de: 'Art. 16–17 DSG', en: 'FADP Art. 16–17' },
  'ref.dsg.14': { de: 'Art. 14 DSG', en: 'FADP Art. 14' },
  'ref.dsg.10': { de: 'Art. 10 DSG', en: 'FADP Art. 10' },
  'ref.dsg.edoeb': { de: 'EDÖB', en: 'FDPIC' },
  'ref.dsv.24': { de: 'Art. 24 DSV', en: 'DPO Art. 24' },

  // ----- Field labels: activities -----
  'field.activities.name': { de: 'Bezeichnung', en: 'Name' },
  'field.activities.description': { de: 'Beschreibung', en: 'Description' },
  'field.activities.role': { de: 'Rolle', en: 'Role' },
  'field.activities.jointControllers': { de: 'Gemeinsam Verantwortliche', en: 'Joint controllers' },
  'field.activities.purposes': { de: 'Zwecke', en: 'Purposes' },
  'field.activities.legalBases': { de: 'Rechtsgrundlagen', en: 'Legal bases' },
  'field.activities.legalBasisNotes': { de: 'Erläuterung zur Rechtsgrundlage', en: 'Notes on the legal basis' },
  'field.activities.dataSubjectIds': { de: 'Betroffene Personen', en: 'Data subjects' },
  'field.activities.dataCategoryIds': { de: 'Datenkategorien', en: 'Data categories' },
  'field.activities.recipientIds': { de: 'Empfänger', en: 'Recipients' },
  'field.activities.transfers': { de: 'Übermittlungen', en: 'Transfers' },
  'field.activities.retention': { de: 'Löschfristen', en: 'Retention rules' },
  'field.activities.systemIds': { de: 'Systeme', en: 'Systems' },
  'field.activities.tomIds': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'Measures (TOMs)' },
  'field.activities.tomSummary': {
    de: 'Allgemeine Beschreibung der Maßnahmen',
    'de-CH': 'Allgemeine Beschreibung der Massnahmen',
    en: 'General description of the measures'
  },
  'field.activities.regimes': { de: 'Erfasst unter', en: 'Recorded under' },
  'field.activities.dpia': { de: 'Schwellwertanalyse', en: 'DPIA screening' },
  'field.activities.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },
  'field.activities.status': { de: 'Status', en: 'Status' },
  'field.activities.approvedBy': { de: 'Freigegeben von', en: 'Approved by' },
  'field.activities.approvedAt': { de: 'Freigegeben am', en: 'Approved on' },
  'field.activities.reviewDate': { de: 'Nächste Prüfung', en: 'Next review' },
  'field.activities.notes': { de: 'Notizen', en: 'Notes' },

  // ----- processorActivities -----
  'field.processorActivities.name': { de: 'Bezeichnung', en: 'Name' },
  'field.processorActivities.description': { de: 'Beschreibung', en: 'Description' },
  'field.processorActivities.controllers': { de: 'Verantwortliche (Auftraggeber)', en: 'Controllers (clients)' },
  'field.processorActivities.processingCategories': {
    de: 'Kategorien von Verarbeitungen',
    'de-CH': 'Kategorien von Bearbeitungen',
    en: 'Categories of processing'
  },
  'field.processorActivities.subProcessorIds': { de: 'Unterauftragsverarbeiter', 'de-CH': 'Unterauftragsbearbeiter', en: 'Sub-processors' },
  'field.processorActivities.transfers': { de: 'Übermittlungen', en: 'Transfers' },
  'field.processorActivities.systemIds': { de: 'Systeme', en: 'Systems' },
  'field.processorActivities.tomIds': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'Measures (TOMs)' },
  'field.processorActivities.tomSummary': {
    de: 'Allgemeine Beschreibung der Maßnahmen',
    'de-CH': 'Allgemeine Beschreibung der Massnahmen',
    en: 'General description of the measures'
  },
  'field.processorActivities.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },
  'field.processorActivities.status': { de: 'Status', en: 'Status' },
  'field.processorActivities.reviewDate': { de: 'Nächste Prüfung', en: 'Next review' },
  'field.processorActivities.notes': { de: 'Notizen', en: 'Notes' },

  // ----- dataCategories -----
  'field.dataCategories.name': { de: 'Bezeichnung', en: 'Name' },
  'field.dataCategories.description': { de: 'Beschreibung', en: 'Description' },
  'field.dataCategories.gdprSpecial': { de: 'Besondere Kategorie nach DSGVO', en: 'Special category under the GDPR' },
  'field.dataCategories.dsgSensitiveClause': {
    de: 'Besonders schützenswert nach DSG',
    en: 'Sensitive under the FADP'
  },
  'field.dataCategories.catalogKey': { de: 'Katalogschlüssel', en: 'Catalog key' },
  'field.dataCategories.notes': { de: 'Notizen', en: 'Notes' },
  'field.dataCategories.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },

  // ----- dataSubjects -----
  'field.dataSubjects.name': { de: 'Bezeichnung', en: 'Name' },
  'field.dataSubjects.description': { de: 'Beschreibung', en: 'Description' },
  'field.dataSubjects.vulnerable': {
    de: 'Schutzbedürftige Personen (z. B. Kinder, Beschäftigte, Patienten)',
    'de-CH': 'Schutzbedürftige Personen (z. B. Kinder, Mitarbeitende, Patientinnen und Patienten)',
    en: 'Vulnerable persons (e.g. children, employees, patients)'
  },
  'field.dataSubjects.catalogKey': { de: 'Katalogschlüssel', en: 'Catalog key' },
  'field.dataSubjects.notes': { de: 'Notizen', en: 'Notes' },

  // ----- recipients -----
  'field.recipients.name': { de: 'Bezeichnung', en: 'Name' },
  'field.recipients.kind': { de: 'Art des Empfängers', en: 'Kind of recipient' },
  'field.recipients.country': { de: 'Land', en: 'Country' },
  'field.recipients.contact': { de: 'Kontakt', en: 'Contact' },
  'field.recipients.dpaStatus': { de: 'Status des Vertrags', en: 'Agreement status' },
  'field.recipients.dpaDate': { de: 'Vertrag unterzeichnet am', en: 'Agreement signed on' },
  'field.recipients.dpfCertifiedEu': { de: 'Zertifiziert nach EU-U.S. Data Privacy Framework', en: 'Certified under the EU-U.S. Data Privacy Framework' },
  'field.recipients.dpfCertifiedCh': { de: 'Zertifiziert nach Swiss-U.S. Data Privacy Framework', en: 'Certified under the Swiss-U.S. Data Privacy Framework' },
  'field.recipients.description': { de: 'Beschreibung', en: 'Description' },
  'field.recipients.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },
  'field.recipients.notes': { de: 'Notizen', en: 'Notes' },
  'recipients.dpfHint': {
    de: 'Ein US-Empfänger ist nur mit Zertifizierung angemessen – je Recht getrennt: Die EU-Zertifizierung genügt für die Schweiz nicht.',
    en: 'A US recipient is adequate only when certified – per law: the EU certification does not cover Switzerland.'
  },
  'recipients.dpf': { de: 'Data Privacy Framework', en: 'Data Privacy Framework' },

  // ----- systems -----
  'field.systems.name': { de: 'Bezeichnung', en: 'Name' },
  'field.systems.kind': { de: 'Art des Systems', en: 'Kind of system' },
  'field.systems.description': { de: 'Beschreibung', en: 'Description' },
  'field.systems.vendorId': { de: 'Anbieter (Empfänger)', en: 'Vendor (recipient)' },
  'field.systems.hostingCountry': { de: 'Land des Betriebs', en: 'Hosting country' },
  'field.systems.hostingLocation': { de: 'Standort / Rechenzentrum', en: 'Location / data centre' },
  'field.systems.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },
  'field.systems.tomIds': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'Measures (TOMs)' },
  'field.systems.notes': { de: 'Notizen', en: 'Notes' },

  // ----- toms -----
  'field.toms.name': { de: 'Bezeichnung', en: 'Name' },
  'field.toms.description': { de: 'Beschreibung', en: 'Description' },
  'field.toms.controlAreas': { de: 'Kontrollbereiche (klassisch)', en: 'Control areas (classic)' },
  'field.toms.sdmGoals': { de: 'Gewährleistungsziele (SDM)', en: 'Protection goals (SDM)' },
  'field.toms.art32': { de: 'Art. 32 Abs. 1 DSGVO', en: 'GDPR Art. 32(1)' },
  'field.toms.dsvControls': { de: 'Massnahmen nach Art. 3 DSV', en: 'Measures under DPO Art. 3' },
  'field.toms.status': { de: 'Status', en: 'Status' },
  'field.toms.owner': { de: 'Zuständig (intern)', en: 'Owner (internal)' },
  'field.toms.evidence': { de: 'Nachweis', en: 'Evidence' },
  'field.toms.reviewDate': { de: 'Nächste Prüfung', en: 'Next review' },
  'field.toms.catalogKey': { de: 'Katalogschlüssel', en: 'Catalog key' },
  'field.toms.notes': { de: 'Notizen', en: 'Notes' },

  // ----- Nested fields -----
  'field.transfer.recipientId': { de: 'Empfänger', en: 'Recipient' },
  'field.transfer.country': { de: 'Land', en: 'Country' },
  'field.transfer.mechanism': { de: 'Garantie oder Ausnahme', en: 'Safeguard or derogation' },
  'field.transfer.regime': { de: 'Nach Recht', en: 'Under law' },
  'field.transfer.notes': { de: 'Anmerkungen', en: 'Notes' },
  'field.retention.dataCategoryId': { de: 'Datenkategorie', en: 'Data category' },
  'field.retention.period': { de: 'Frist', en: 'Period' },
  'field.retention.amount': { de: 'Anzahl', en: 'Number' },
  'field.retention.unit': { de: 'Einheit', en: 'Unit' },
  'field.retention.criteria': { de: 'Kriterien für die Dauer', en: 'Criteria for the duration' },
  'field.retention.startEvent': { de: 'Fristbeginn', en: 'Period starts' },
  'field.retention.deletionProcedure': { de: 'Löschverfahren', en: 'Deletion procedure' },
  'field.retention.legalReference': { de: 'Gesetzliche Grundlage der Frist', en: 'Statute setting the period' },
  'field.dpia.wp248': { de: 'Kriterien nach WP248', en: 'WP248 criteria' },
  'field.dpia.art35_3': { de: 'Regelfälle nach Art. 35 Abs. 3 DSGVO', en: 'Cases under GDPR Art. 35(3)' },
  'field.dpia.dsg22': { de: 'Hohes Risiko nach Art. 22 Abs. 2 DSG', en: 'High risk under FADP Art. 22(2)' },
  'field.dpia.result': { de: 'Ergebnis', en: 'Result' },
  'field.dpia.justification': { de: 'Begründung', en: 'Justification' },
  'field.dpia.screenedAt': { de: 'Geprüft am', en: 'Screened on' },
  'field.contact.name': { de: 'Name', en: 'Name' },
  'field.contact.address': { de: 'Adresse', en: 'Address' },
  'field.contact.email': { de: 'E-Mail', en: 'E-mail' },
  'field.contact.phone': { de: 'Telefon', en: 'Phone' },
  'field.controller.representative': { de: 'Vertretung', en: 'Representative' },
  'field.controller.dpo': { de: 'Datenschutzbeauftragte/r', 'de-CH': 'Datenschutzberater/in', en: 'Data protection officer' },

  // ----- Organisation -----
  'field.organisation.name': { de: 'Name der Organisation', en: 'Name of the organisation' },
  'field.organisation.address': { de: 'Anschrift', 'de-CH': 'Adresse', en: 'Address' },
  'field.organisation.country': { de: 'Land', en: 'Country' },
  'field.organisation.contact': { de: 'Kontakt', en: 'Contact' },
  'field.organisation.representative': { de: 'Vertretung', en: 'Representative' },
  'field.organisation.dpo': { de: 'Datenschutzbeauftragte/r', 'de-CH': 'Datenschutzberater/in', en: 'Data protection officer' },
  'field.organisation.supervisoryAuthority': { de: 'Zuständige Aufsichtsbehörde', en: 'Competent supervisory authority' },
  'field.organisation.headcount': { de: 'Anzahl Beschäftigte', 'de-CH': 'Anzahl Mitarbeitende', en: 'Number of employees' },
  'field.organisation.regimes': { de: 'Anwendbares Recht', en: 'Applicable law' },
  'field.organisation.language': { de: 'Inhaltssprache', en: 'Content language' },
  'org.heading': { de: 'Organisation', en: 'Organisation' },
  'org.intro': {
    de: 'Angaben zum Verantwortlichen. Sie stehen im Verzeichnis an erster Stelle.',
    en: 'Details of the controller. They head the record of processing.'
  },
  'org.section.controller': { de: 'Verantwortlicher', en: 'Controller' },
  'org.section.contact': { de: 'Kontakt für Datenschutzfragen', en: 'Contact for data protection matters' },
  'org.section.representative': { de: 'Vertretung', en: 'Representative' },
  'org.section.dpo': { de: 'Datenschutzbeauftragte/r', 'de-CH': 'Datenschutzberater/in', en: 'Data protection officer' },
  'org.section.authority': { de: 'Aufsicht', en: 'Supervision' },
  'org.section.scope': { de: 'Geltungsbereich', en: 'Scope' },
  'org.representativeHint': {
    de: 'Vertreter in der Union (für Organisationen ohne EU-Niederlassung) bzw. in der Schweiz.',
    en: 'Representative in the Union (for organisations without an EU establishment) or in Switzerland.'
  },
  'org.headcountHint': {
    de: 'Unter 250 Beschäftigten gelten Erleichterungen beim Verzeichnis – nicht bei riskanter, regelmäßiger oder sensibler Verarbeitung.',
    'de-CH': 'Unter 250 Mitarbeitenden gelten Erleichterungen beim Verzeichnis – nicht bei umfangreicher Bearbeitung besonders schützenswerter Personendaten oder Profiling mit hohem Risiko.',
    en: 'Below 250 employees the record duty is eased – not for risky, regular or sensitive processing.'
  },
  'org.languageHint': {
    de: 'Sprache der Katalogeinträge und Exporte. Die Sprache der Oberfläche stellen Sie oben rechts ein.',
    en: 'Language of catalog entries and exports. The interface language is set at the top right.'
  },
  'org.regimes.gdpr': { de: 'Nur DSGVO (EU)', en: 'GDPR only (EU)' },
  'org.regimes.revdsg': { de: 'Nur revDSG (Schweiz)', en: 'revDSG only (Switzerland)' },
  'org.regimes.both': { de: 'DSGVO und revDSG', en: 'GDPR and revDSG' },

  // ----- Enums new to the forms -----
  'enum.activityRole.controller': { de: 'Verantwortlicher', en: 'Controller' },
  'enum.activityRole.joint_controller': { de: 'Gemeinsam Verantwortliche (Art. 26 DSGVO)', en: 'Joint controllers (GDPR Art. 26)' },
  'enum.dpiaResult.required': { de: 'DSFA erforderlich', en: 'DPIA required' },
  'enum.dpiaResult.recommended': { de: 'DSFA empfohlen', en: 'DPIA recommended' },
  'enum.dpiaResult.not_required': { de: 'Keine DSFA erforderlich', en: 'No DPIA required' },
  'enum.periodUnit.days': { de: 'Tage', en: 'days' },
  'enum.periodUnit.months': { de: 'Monate', en: 'months' },
  'enum.periodUnit.years': { de: 'Jahre', en: 'years' },
  'enum.mechanismGroup.adequacy': { de: 'Angemessenheit', en: 'Adequacy' },
  'enum.mechanismGroup.safeguards': { de: 'Geeignete Garantien', en: 'Appropriate safeguards' },
  'enum.mechanismGroup.derogation': { de: 'Ausnahmen im Einzelfall', en: 'Derogations for specific situations' },
  'enum.legalBasisKind.gdpr-6': { de: 'DSGVO Art. 6 Abs. 1 – Rechtmäßigkeit', 'de-CH': 'DSGVO Art. 6 Abs. 1 – Rechtmässigkeit', en: 'GDPR Art. 6(1) – lawfulness' },
  'enum.legalBasisKind.gdpr-9': { de: 'DSGVO Art. 9 Abs. 2 – besondere Kategorien', en: 'GDPR Art. 9(2) – special categories' },
  'enum.legalBasisKind.gdpr-10': { de: 'DSGVO Art. 10 – Strafdaten', en: 'GDPR Art. 10 – criminal data' },
  'enum.legalBasisKind.dsg-31': { de: 'DSG Art. 31 – Rechtfertigungsgründe', en: 'FADP Art. 31 – justifications' },
  'enum.dsvGoal.confidentiality': { de: 'Vertraulichkeit (Abs. 1)', en: 'Confidentiality (para. 1)' },
  'enum.dsvGoal.availability_integrity': { de: 'Verfügbarkeit und Integrität (Abs. 2)', en: 'Availability and integrity (para. 2)' },
  'enum.dsvGoal.traceability': { de: 'Nachvollziehbarkeit (Abs. 3)', en: 'Traceability (para. 3)' },
  'option.gdprSpecial.none': { de: 'Nein – keine besondere Kategorie', en: 'No – not a special category' },
  'option.gdprSpecial.art9': { de: 'Ja – besondere Kategorie nach Art. 9 Abs. 1', en: 'Yes – special category under Art. 9(1)' },
  'option.gdprSpecial.art10': { de: 'Strafrechtliche Daten nach Art. 10', en: 'Criminal data under Art. 10' },
  'option.dsgClause.none': { de: 'Nein – nicht besonders schützenswert', en: 'No – not sensitive' },
  'option.dsgClause': { de: 'Ziff. {clause}: {label}', en: 'no. {clause}: {label}' },
  'option.withRef': { de: '{label} ({ref})', en: '{label} ({ref})' },

  // ----- Pickers and list editors -----
  'picker.placeholder': { de: 'Tippen zum Suchen oder Anlegen …', en: 'Type to search or create …' },
  'picker.selected': { de: 'Ausgewählt: {label}', en: 'Selected: {label}' },
  'picker.options': { de: 'Vorschläge: {label}', en: 'Suggestions: {label}' },
  'picker.create': { de: '«{name}» neu anlegen', en: 'Create "{name}"' },
  'picker.noResults': { de: 'Keine Treffer.', en: 'No matches.' },
  'picker.results': { de: 'Vorschläge: {count}', en: 'Suggestions: {count}' },
  'picker.remove': { de: '{name} entfernen', en: 'Remove {name}' },
  'picker.none': { de: 'Noch nichts ausgewählt.', en: 'Nothing selected yet.' },
  'picker.created': { de: '«{name}» angelegt und hinzugefügt.', en: '"{name}" created and added.' },
  'picker.added': { de: '«{name}» hinzugefügt.', en: '"{name}" added.' },
  'picker.archived': { de: 'archiviert', en: 'archived' },
  'picker.missing': { de: 'nicht gefunden ({id})', en: 'not found ({id})' },
  'picker.loadingName': { de: 'wird geladen …', en: 'loading …' },
  'list.add.purposes': { de: 'Zweck hinzufügen', en: 'Add purpose' },
  'list.item.purposes': { de: 'Zweck {n}', en: 'Purpose {n}' },
  'list.empty.purposes': { de: 'Noch keine Zwecke erfasst.', en: 'No purposes yet.' },
  'list.add.processingCategories': { de: 'Kategorie hinzufügen', en: 'Add category' },
  'list.item.processingCategories': { de: 'Kategorie {n}', en: 'Category {n}' },
  'list.empty.processingCategories': { de: 'Noch keine Kategorien erfasst.', en: 'No categories yet.' },
  'list.remove': { de: '{label} entfernen', en: 'Remove {label}' },

  // ----- Transfers, retention, controllers served -----
  'transfer.add': { de: 'Übermittlung hinzufügen', en: 'Add transfer' },
  'transfer.row': { de: 'Übermittlung {n}', en: 'Transfer {n}' },
  'transfer.empty': { de: 'Keine Übermittlungen ins Ausland erfasst.', en: 'No transfers abroad recorded.' },
  'transfer.chooseCountry': { de: '– Land wählen –', en: '– choose a country –' },
  'transfer.noMechanism': { de: '– keine (z. B. angemessenes Land) –', en: '– none (e.g. adequate country) –' },
  'retention.add': { de: 'Löschfrist hinzufügen', en: 'Add retention rule' },
  'retention.row': { de: 'Löschfrist {n}', en: 'Retention rule {n}' },
  'retention.empty': { de: 'Noch keine Löschfristen erfasst.', en: 'No retention rules yet.' },
  'retention.allCategories': { de: '– alle Kategorien dieser Tätigkeit –', en: '– all categories of this activity –' },
  'retention.categoryHint': {
    de: 'Zur Auswahl stehen die oben gewählten Datenkategorien.',
    en: 'Offers the data categories chosen above.'
  },
  'retention.periodHint': { de: 'Leer lassen, wenn stattdessen Kriterien gelten.', en: 'Leave empty when criteria apply instead.' },
  'controller.add': { de: 'Verantwortlichen hinzufügen', en: 'Add controller' },
  'controller.row': { de: 'Verantwortlicher {n}', en: 'Controller {n}' },
  'controller.empty': { de: 'Noch keine Verantwortlichen erfasst.', en: 'No controllers yet.' },
  'row.remove': { de: '{label} entfernen', en: 'Remove {label}' },

  // ----- DPIA screening -----
  'dpia.count': {
    de: 'Zutreffende WP248-Kriterien: {count} von 9. Ab zwei Kriterien ist eine DSFA in der Regel erforderlich.',
    en: 'WP248 criteria that apply: {count} of 9. With two or more, a DPIA is usually required.'
  },
  'dpia.noResult': { de: '– noch nicht beurteilt –', en: '– not assessed yet –' },

  // ----- Used by -----
  'usage.heading': { de: 'Verwendet von', en: 'Used by' },
  'usage.summary': { de: '{name} wird von {count} Einträgen verwendet.', en: '{name} is used by {count} entries.' },
  'usage.summaryOne': { de: '{name} wird von einem Eintrag verwendet.', en: '{name} is used by one entry.' },
  'usage.group': { de: '{kind}: {count}', en: '{kind}: {count}' },
  'usage.none': { de: 'Kein anderer Eintrag verweist auf diesen.', en: 'No other entry refers to this one.' },
  'usage.path.dataSubjectIds': { de: 'als betroffene Personen', en: 'as data subjects' },
  'usage.path.dataCategoryIds': { de: 'als Datenkategorie', en: 'as data category' },
  'usage.path.recipientIds': { de: 'als Empfänger', en: 'as recipient' },
  'usage.path.systemIds': { de: 'als System', en: 'as system' },
  'usage.path.tomIds': { de: 'als Maßnahme', 'de-CH': 'als Massnahme', en: 'as measure' },
  'usage.path.subProcessorIds': { de: 'als Unterauftragsverarbeiter', 'de-CH': 'als Unterauftragsbearbeiter', en: 'as sub-processor' },
  'usage.path.vendorId': { de: 'als Anbieter', en: 'as vendor' },
  'usage.path.transfers[].recipientId': { de: 'in einer Übermittlung', en: 'in a transfer' },
  'usage.path.retention[].dataCategoryId': { de: 'in einer Löschfrist', en: 'in a retention rule' },

  // ----- History -----
  'history.heading': { de: 'Verlauf', en: 'History' },
  'history.empty': { de: 'Noch keine Änderungen protokolliert.', en: 'No changes recorded yet.' },
  'history.count': { de: 'Protokollierte Änderungen: {count}, neueste zuerst.', en: 'Recorded changes: {count}, newest first.' },
  'history.entry': { de: '{action} von {author}', en: '{action} by {author}' },
  'history.field': { de: 'Feld', en: 'Field' },
  'history.before': { de: 'Vorher', en: 'Before' },
  'history.after': { de: 'Nachher', en: 'After' },
  'history.added': { de: 'Hinzugefügt', en: 'Added' },
  'history.removed': { de: 'Entfernt', en: 'Removed' },
  'history.emptyValue': { de: '(leer)', en: '(empty)' },
  'history.ref': { de: 'Nummer', en: 'Reference' },
  'history.archivedAt': { de: 'Archiviert', en: 'Archived' },
  'history.changes': { de: 'Änderungen', en: 'Changes' },
  'history.transfer': { de: '{recipient} → {country}: {mechanism} – {regime}', en: '{recipient} → {country}: {mechanism} – {regime}' },
  'history.value': { de: 'Wert', en: 'Value' },
  'history.retention': { de: '{category}: {period}', en: '{category}: {period}' },
  'history.period': { de: '{amount} {unit}', en: '{amount} {unit}' },

  // ----- Validation (the renderer's wording of common zod issues) -----
  'validation.date': {
    de: 'Kein gültiges Datum. Format JJJJ-MM-TT, z. B. 2026-03-31.',
    en: 'Not a valid date. Format YYYY-MM-DD, e.g. 2026-03-31.'
  },
  'validation.tooLong': { de: 'Höchstens {max} Zeichen.', en: 'At most {max} characters.' },
  'validation.integer': { de: 'Bitte eine ganze Zahl eingeben.', en: 'Please enter a whole number.' },
  'validation.choose': { de: 'Bitte wählen.', en: 'Please choose.' },
  'country.format': {
    de: 'Bitte ein Land wählen (zweistelliger ISO-Ländercode, z. B. DE oder CH).',
    en: 'Please choose a country (two-letter ISO code, e.g. DE or CH).'
  }
} as const satisfies Messages
