import type { Messages } from '../types'

/**
 * Everything the renderer shows. "de-CH" is given where Swiss usage differs: "Bearbeitung" for
 * "Verarbeitung" (revDSG), "Massnahmen" and no ß; it is used when a workspace is under revDSG only.
 */
export const ui = {
  'app.name': { de: 'DPO Workbench', en: 'DPO Workbench' },
  'app.loading': { de: 'Wird geladen …', en: 'Loading …' },
  'app.skipToMain': { de: 'Zum Inhalt springen', en: 'Skip to main content' },

  'header.language': { de: 'Sprache', en: 'Language' },
  'header.lock': { de: 'Sperren', en: 'Lock' },
  'header.lockTitle': {
    de: 'Arbeitsbereich sperren: Die Datei wird geschlossen, der Schlüssel verworfen.',
    en: 'Lock the workspace: the file is closed and the key dropped.'
  },
  'lang.de': { de: 'Deutsch', en: 'Deutsch' },
  'lang.en': { de: 'English', en: 'English' },

  'nav.label': { de: 'Hauptnavigation', en: 'Main navigation' },
  'nav.overview': { de: 'Übersicht', en: 'Overview' },
  'nav.activities': { de: 'Verarbeitungstätigkeiten', 'de-CH': 'Bearbeitungstätigkeiten', en: 'Processing activities' },
  'nav.processorActivities': { de: 'Auftragsverarbeitungen', 'de-CH': 'Auftragsbearbeitungen', en: 'Processor activities' },
  'nav.dataCategories': { de: 'Datenkategorien', en: 'Data categories' },
  'nav.dataSubjects': { de: 'Betroffene Personen', en: 'Data subjects' },
  'nav.recipients': { de: 'Empfänger', en: 'Recipients' },
  'nav.systems': { de: 'Systeme', en: 'Systems' },
  'nav.toms': { de: 'Maßnahmen (TOM)', 'de-CH': 'Massnahmen (TOM)', en: 'TOMs' },
  'nav.checklists': { de: 'Checklisten', en: 'Checklists' },
  'nav.exports': { de: 'Exporte', en: 'Exports' },
  'nav.audit': { de: 'Änderungsprotokoll', en: 'Audit trail' },
  'nav.settings': { de: 'Einstellungen', en: 'Settings' },
  'backup.heading': { de: 'Verschlüsselte Sicherung', en: 'Encrypted backup' },
  'backup.intro': {
    de: 'Speichert eine geprüfte, verschlüsselte Kopie dieses Arbeitsbereichs, während er geöffnet bleibt. Sie öffnet sich mit derselben Passphrase.',
    en: 'Saves a verified, encrypted copy of this workspace while it stays open. It opens with the same passphrase.'
  },
  'backup.file': { de: 'Dateiname oder Pfad der Sicherung', en: 'Backup file name or path' },
  'backup.fileHint': {
    de: 'Ohne Ordnerangabe im Arbeitsbereich-Ordner; «.dpo» wird ergänzt. Bestehende Dateien werden nie überschrieben.',
    en: 'Without a folder it goes to the workspaces folder; ".dpo" is added. Existing files are never overwritten.'
  },
  'backup.passphrase': { de: 'Passphrase dieses Arbeitsbereichs', en: 'Passphrase of this workspace' },
  'backup.submit': { de: 'Sicherung speichern', en: 'Save backup' },
  'backup.busy': { de: 'Wird gesichert …', en: 'Saving …' },
  'backup.saved': { de: 'Sicherung gespeichert und geprüft: {file}', en: 'Backup saved and verified: {file}' },
  'restore.heading': { de: 'Sicherung wiederherstellen', en: 'Restore a backup' },
  'restore.intro': {
    de: 'Kopiert eine Sicherung in eine neue Datei und prüft die Kopie mit der Passphrase der Sicherung. Eine bestehende Datei wird nie überschrieben. Danach öffnen Sie die neue Datei.',
    en: 'Copies a backup to a new file and checks the copy with the backup\'s passphrase. An existing file is never overwritten. Then open the new file.'
  },
  'restore.introOpen': {
    de: 'Kopiert eine Sicherung in eine neue Datei und prüft die Kopie mit der Passphrase der Sicherung. Dieser Arbeitsbereich bleibt, wie er ist; eine bestehende Datei wird nie überschrieben.',
    en: 'Copies a backup to a new file and checks the copy with the backup\'s passphrase. This workspace stays as it is; an existing file is never overwritten.'
  },
  'restore.backup': { de: 'Sicherungsdatei (Pfad)', en: 'Backup file (path)' },
  'restore.file': { de: 'Neue Datei für die wiederhergestellte Kopie', en: 'New file for the restored copy' },
  'restore.fileHint': {
    de: 'Ohne Ordnerangabe im Arbeitsbereich-Ordner; «.dpo» wird ergänzt. Die Datei darf noch nicht existieren.',
    en: 'Without a folder it goes to the workspaces folder; ".dpo" is added. The file must not exist yet.'
  },
  'restore.passphrase': { de: 'Passphrase der Sicherung', en: 'Passphrase of the backup' },
  'restore.submit': { de: 'Wiederherstellen', en: 'Restore' },
  'restore.busy': { de: 'Wird wiederhergestellt …', en: 'Restoring …' },
  'restore.done': { de: 'Wiederhergestellt und geprüft: {file}', en: 'Restored and verified: {file}' },
  'restore.open': { de: 'Wiederhergestellten Arbeitsbereich öffnen', en: 'Open the restored workspace' },
  'restore.switch': { de: 'Diesen sperren und die Kopie öffnen', en: 'Lock this one and open the copy' },
  'nav.organisation': { de: 'Organisation', en: 'Organisation' },
  'nav.catalogs': { de: 'Kataloge und Vorlagen', en: 'Catalogs and templates' },
  'nav.sectionWorkspace': { de: 'Arbeitsbereich', en: 'Workspace' },
  'nav.sectionRegistries': { de: 'Verzeichnisse', en: 'Registries' },
  'nav.sectionWork': { de: 'Arbeit', en: 'Work' },

  'start.heading': { de: 'Arbeitsbereich wählen', en: 'Choose a workspace' },
  'start.intro': {
    de: 'Ein Arbeitsbereich ist eine verschlüsselte Datei für eine Organisation. Alles bleibt auf diesem Gerät.',
    en: 'A workspace is one encrypted file for one organisation. Everything stays on this device.'
  },
  'create.heading': { de: 'Neuen Arbeitsbereich anlegen', en: 'Create workspace' },
  'create.file': { de: 'Dateiname des Arbeitsbereichs', en: 'Workspace file name' },
  'create.fileHint': {
    de: 'Ohne Ordnerangabe wird die Datei in {dir} angelegt; «.dpo» wird ergänzt.',
    en: 'Without a folder the file is created in {dir}; ".dpo" is added.'
  },
  'create.organisation': { de: 'Organisation (Verantwortlicher)', en: 'Organisation (controller)' },
  'create.regimes': { de: 'Anwendbares Recht', en: 'Applicable law' },
  'create.language': { de: 'Inhaltssprache', en: 'Content language' },
  'create.languageHint': { de: 'Sprache der Kataloge und Exporte.', en: 'Language of catalogues and exports.' },
  'create.passphrase': { de: 'Passphrase', en: 'Passphrase' },
  'create.passphraseHint': {
    de: 'Mehrere zufällige Wörter sind gut zu merken und schwer zu erraten. Ohne Passphrase kommt niemand an die Daten – auch Sie nicht.',
    en: 'Several random words are easy to remember and hard to guess. Without the passphrase nobody can read the data – not even you.'
  },
  'create.confirm': { de: 'Passphrase bestätigen', en: 'Confirm passphrase' },
  'create.submit': { de: 'Arbeitsbereich anlegen', en: 'Create workspace' },
  'create.demo': { de: 'Demo-Arbeitsbereich anlegen', en: 'Create demo workspace' },
  'create.demoHint': {
    de: 'Legt den erfundenen Online-Händler «Helvetia Shop AG» mit Beispieldaten an, geschützt mit der oben eingegebenen Passphrase. Ohne Dateinamen wird «{file}» verwendet.',
    en: 'Creates the fictional online retailer "Helvetia Shop AG" with sample data, protected by the passphrase entered above. Without a file name, "{file}" is used.'
  },
  'create.demoFile': { de: 'Demo Helvetia Shop AG', en: 'Demo Helvetia Shop AG' },
  'create.busy': { de: 'Wird angelegt …', en: 'Creating …' },
  'regime.gdpr': { de: 'DSGVO (EU)', en: 'GDPR (EU)' },
  'regime.revdsg': { de: 'revDSG (Schweiz)', en: 'revDSG (Switzerland)' },
  'language.de': { de: 'Deutsch', en: 'German' },
  'language.en': { de: 'Englisch', en: 'English' },

  'validation.required': { de: 'Bitte ausfüllen.', en: 'Please fill in.' },
  'validation.regimes': { de: 'Wählen Sie mindestens ein Recht.', en: 'Choose at least one law.' },
  'validation.mismatch': { de: 'Die Passphrasen stimmen nicht überein.', en: 'The passphrases do not match.' },
  'validation.range': { de: 'Erlaubt sind Werte von {min} bis {max}.', en: 'Allowed values are {min} to {max}.' },

  'strength.label': { de: 'Stärke der Passphrase', en: 'Passphrase strength' },
  'strength.0': { de: 'sehr schwach', en: 'very weak' },
  'strength.1': { de: 'schwach', en: 'weak' },
  'strength.2': { de: 'mittel', en: 'fair' },
  'strength.3': { de: 'stark', en: 'strong' },
  'strength.4': { de: 'sehr stark', en: 'very strong' },
  'strength.estimate': {
    de: 'Geschätzt rund {guesses} Rateversuche bis zum Erraten.',
    en: 'Estimated about {guesses} guesses to crack.'
  },
  'strength.weak': {
    de: 'Schwache Passphrase: erlaubt, aber nicht empfohlen.',
    en: 'Weak passphrase: allowed, but not recommended.'
  },
  'strength.checking': { de: 'Wird geprüft …', en: 'Checking …' },

  'open.heading': { de: 'Arbeitsbereich öffnen', en: 'Open workspace' },
  'open.file': { de: 'Datei (Pfad)', en: 'File (path)' },
  'open.passphrase': { de: 'Passphrase', en: 'Passphrase' },
  'open.remember': { de: 'Passphrase auf diesem Gerät merken', en: 'Remember passphrase on this device' },
  'open.submit': { de: 'Öffnen', en: 'Open' },
  'open.busy': { de: 'Wird geöffnet …', en: 'Opening …' },

  'recent.heading': { de: 'Zuletzt geöffnet', en: 'Recent workspaces' },
  'recent.empty': { de: 'Noch keine Arbeitsbereiche geöffnet.', en: 'No workspaces opened yet.' },
  'recent.openedAt': { de: 'Geöffnet am {date}', en: 'Opened {date}' },
  'recent.missing': { de: 'Datei fehlt', en: 'File missing' },
  'recent.remembered': { de: 'Passphrase gemerkt', en: 'Passphrase remembered' },
  'recent.remove': { de: '«{name}» aus der Liste entfernen', en: 'Remove "{name}" from the list' },
  'recent.removeShort': { de: 'Entfernen', en: 'Remove' },

  'unlock.heading': { de: 'Arbeitsbereich entsperren', en: 'Unlock workspace' },
  'unlock.locked': {
    de: 'Der Arbeitsbereich ist gesperrt. Geben Sie die Passphrase ein, um weiterzuarbeiten.',
    en: 'The workspace is locked. Enter the passphrase to continue.'
  },
  'unlock.passphrase': { de: 'Passphrase', en: 'Passphrase' },
  'unlock.submit': { de: 'Entsperren', en: 'Unlock' },
  'unlock.busy': { de: 'Wird entsperrt …', en: 'Unlocking …' },
  'unlock.remembered': { de: 'Mit gemerkter Passphrase entsperren', en: 'Unlock with remembered passphrase' },
  'unlock.other': { de: 'Anderen Arbeitsbereich öffnen', en: 'Open another workspace' },

  'overview.heading': { de: 'Übersicht', en: 'Overview' },
  'overview.registries': { de: 'Verzeichnisse', en: 'Registries' },
  'overview.workspace': { de: 'Arbeitsbereich', en: 'Workspace' },
  'overview.file': { de: 'Datei', en: 'File' },
  'overview.schema': { de: 'Schemaversion', en: 'Schema version' },
  'overview.regimes': { de: 'Anwendbares Recht', en: 'Applicable law' },
  'overview.organisation': { de: 'Organisation', en: 'Organisation' },
  'overview.entries': { de: 'Einträge', en: 'entries' },

  'registry.search': { de: 'Suchen in: {name}', en: 'Search {name}' },
  'registry.searchPlaceholder': { de: 'Nummer, Bezeichnung, Text …', en: 'Ref, name, text …' },
  'registry.loading': { de: 'Wird geladen …', en: 'Loading …' },
  'registry.total': { de: 'Einträge: {count}', en: 'Entries: {count}' },
  'registry.shown': { de: '{shown} von {count} Einträgen angezeigt', en: 'Showing {shown} of {count} entries' },
  'registry.noMatch': { de: 'Keine Treffer für «{query}».', en: 'No matches for "{query}".' },
  'registry.emptyTitle': { de: 'Noch keine Einträge', en: 'No entries yet' },
  'registry.emptyHint': {
    de: 'Das Erfassen und Bearbeiten folgt in der nächsten Version. Zum Kennenlernen: Legen Sie auf der Startseite einen Demo-Arbeitsbereich an.',
    en: 'Adding and editing entries comes in the next version. To explore: create a demo workspace from the start screen.'
  },
  'registry.about.activities': {
    de: 'Hier steht jede Verarbeitung personenbezogener Daten, für die Ihre Organisation verantwortlich ist (Art. 30 Abs. 1 DSGVO).',
    'de-CH': 'Hier steht jede Bearbeitung von Personendaten, für die Ihre Organisation verantwortlich ist (Art. 12 revDSG).',
    en: 'Every processing of personal data your organisation is responsible for belongs here (GDPR Art. 30(1), revDSG Art. 12).'
  },
  'registry.about.processorActivities': {
    de: 'Verarbeitungen, die Ihre Organisation im Auftrag anderer durchführt (Art. 30 Abs. 2 DSGVO).',
    'de-CH': 'Bearbeitungen, die Ihre Organisation im Auftrag anderer durchführt (Art. 12 Abs. 3 revDSG).',
    en: 'Processing your organisation carries out on behalf of others (GDPR Art. 30(2), revDSG Art. 12(3)).'
  },
  'registry.about.dataCategories': {
    de: 'Kategorien personenbezogener Daten, z. B. Kontaktdaten oder Gesundheitsdaten.',
    'de-CH': 'Kategorien von Personendaten, z. B. Kontaktdaten oder Gesundheitsdaten.',
    en: 'Categories of personal data, such as contact details or health data.'
  },
  'registry.about.dataSubjects': {
    de: 'Kategorien betroffener Personen, z. B. Kunden, Beschäftigte oder Lieferanten.',
    en: 'Categories of data subjects, such as customers, employees or suppliers.'
  },
  'registry.about.recipients': {
    de: 'Interne Stellen, Auftragsverarbeiter, Behörden und andere Empfänger – mit Land und Vertragsstatus.',
    'de-CH': 'Interne Stellen, Auftragsbearbeiter, Behörden und andere Empfänger – mit Land und Vertragsstatus.',
    en: 'Internal units, processors, authorities and other recipients – with country and agreement status.'
  },
  'registry.about.systems': {
    de: 'Anwendungen, Infrastruktur und Dienste, in denen personenbezogene Daten liegen.',
    'de-CH': 'Anwendungen, Infrastruktur und Dienste, in denen Personendaten liegen.',
    en: 'Applications, infrastructure and services that hold personal data.'
  },
  'registry.about.toms': {
    de: 'Technische und organisatorische Maßnahmen zum Schutz der Daten (Art. 32 DSGVO).',
    'de-CH': 'Technische und organisatorische Massnahmen zur Datensicherheit (Art. 8 revDSG, Art. 1–3 DSV).',
    en: 'Technical and organisational measures that protect the data (GDPR Art. 32, revDSG Art. 8).'
  },

  'col.ref': { de: 'Nr.', en: 'Ref.' },
  'col.name': { de: 'Bezeichnung', en: 'Name' },
  'col.status': { de: 'Status', en: 'Status' },
  'col.owner': { de: 'Verantwortlich', en: 'Owner' },
  'col.reviewDate': { de: 'Nächste Prüfung', en: 'Review date' },
  'col.kind': { de: 'Art', en: 'Kind' },
  'col.country': { de: 'Land', en: 'Country' },
  'col.hostingCountry': { de: 'Standort', en: 'Hosting country' },
  'col.dpaStatus': { de: 'AV-Vertrag', 'de-CH': 'ADV-Vertrag', en: 'DPA status' },
  'col.gdprSpecial': { de: 'Besondere Kategorie (DSGVO)', en: 'Special category (GDPR)' },
  'col.dsgSensitive': { de: 'Besonders schützenswert (revDSG)', en: 'Sensitive (revDSG)' },
  'col.vulnerable': { de: 'Schutzbedürftig', en: 'Vulnerable' },
  'col.description': { de: 'Beschreibung', en: 'Description' },

  'enum.activityStatus.draft': { de: 'Entwurf', en: 'Draft' },
  'enum.activityStatus.in_review': { de: 'In Prüfung', en: 'In review' },
  'enum.activityStatus.approved': { de: 'Freigegeben', en: 'Approved' },
  'enum.tomStatus.planned': { de: 'Geplant', en: 'Planned' },
  'enum.tomStatus.in_progress': { de: 'In Umsetzung', en: 'In progress' },
  'enum.tomStatus.implemented': { de: 'Umgesetzt', en: 'Implemented' },
  'enum.tomStatus.not_applicable': { de: 'Nicht anwendbar', en: 'Not applicable' },
  'enum.recipientKind.internal': { de: 'Intern', en: 'Internal' },
  'enum.recipientKind.processor': { de: 'Auftragsverarbeiter', 'de-CH': 'Auftragsbearbeiter', en: 'Processor' },
  'enum.recipientKind.controller': { de: 'Verantwortlicher', en: 'Controller' },
  'enum.recipientKind.joint_controller': { de: 'Gemeinsam Verantwortlicher', en: 'Joint controller' },
  'enum.recipientKind.authority': { de: 'Behörde', en: 'Authority' },
  'enum.recipientKind.other': { de: 'Sonstige', en: 'Other' },
  'enum.dpaStatus.not_required': { de: 'Nicht erforderlich', en: 'Not required' },
  'enum.dpaStatus.missing': { de: 'Fehlt', en: 'Missing' },
  'enum.dpaStatus.in_negotiation': { de: 'In Verhandlung', en: 'In negotiation' },
  'enum.dpaStatus.signed': { de: 'Unterzeichnet', en: 'Signed' },
  'enum.systemKind.application': { de: 'Anwendung', en: 'Application' },
  'enum.systemKind.infrastructure': { de: 'Infrastruktur', en: 'Infrastructure' },
  'enum.systemKind.service': { de: 'Dienst', en: 'Service' },
  'enum.systemKind.paper': { de: 'Papierakte', en: 'Paper' },
  'enum.systemKind.other': { de: 'Sonstiges', en: 'Other' },
  'enum.gdprSpecial.none': { de: 'Nein', en: 'No' },
  'enum.gdprSpecial.art9': { de: 'Art. 9', en: 'Art. 9' },
  'enum.gdprSpecial.art10': { de: 'Art. 10', en: 'Art. 10' },
  'enum.dsgSensitive': { de: 'Ziff. {clause}', en: 'no. {clause}' },
  'common.yes': { de: 'Ja', en: 'Yes' },
  'common.no': { de: 'Nein', en: 'No' },

  'audit.heading': { de: 'Änderungsprotokoll', en: 'Audit trail' },
  'audit.intro': {
    de: 'Jede Änderung wird mit Zeitpunkt, Autor und geänderten Feldern in einer verketteten Liste festgehalten, die sich nicht unbemerkt verändern lässt.',
    en: 'Every change is recorded with time, author and changed fields in a hash chain that cannot be altered unnoticed.'
  },
  'audit.col.time': { de: 'Zeitpunkt', en: 'Time' },
  'audit.col.author': { de: 'Autor', en: 'Author' },
  'audit.col.entity': { de: 'Objekt', en: 'Entity' },
  'audit.col.action': { de: 'Aktion', en: 'Action' },
  'audit.col.fields': { de: 'Geänderte Felder', en: 'Changed fields' },
  'audit.action.create': { de: 'Angelegt', en: 'Created' },
  'audit.action.update': { de: 'Geändert', en: 'Updated' },
  'audit.action.archive': { de: 'Archiviert', en: 'Archived' },
  'audit.action.restore': { de: 'Wiederhergestellt', en: 'Restored' },
  'audit.action.delete': { de: 'Gelöscht', en: 'Deleted' },
  'audit.action.workspace': { de: 'Arbeitsbereich', en: 'Workspace' },
  'audit.verify': { de: 'Kette prüfen', en: 'Verify chain' },
  'audit.verifying': { de: 'Wird geprüft …', en: 'Verifying …' },
  'audit.verifyOk': {
    de: 'Kette intakt. Geprüfte Einträge: {entries}; letzter Hash {head}.',
    en: 'Chain intact. Entries checked: {entries}; head hash {head}.'
  },
  'audit.verifyBroken': {
    de: 'Kette unterbrochen bei Eintrag {seq}: {reason}',
    en: 'Chain broken at entry {seq}: {reason}'
  },
  'audit.empty': { de: 'Noch keine Einträge im Protokoll.', en: 'No entries in the trail yet.' },
  'audit.showing': { de: 'Angezeigt: {shown} von {total}, neueste zuerst', en: 'Showing {shown} of {total}, newest first' },
  'audit.unknownAuthor': { de: 'unbekannt', en: 'unknown' },

  'entity.activities': { de: 'Verarbeitungstätigkeit', 'de-CH': 'Bearbeitungstätigkeit', en: 'Processing activity' },
  'entity.processorActivities': { de: 'Auftragsverarbeitung', 'de-CH': 'Auftragsbearbeitung', en: 'Processor activity' },
  'entity.dataCategories': { de: 'Datenkategorie', en: 'Data category' },
  'entity.dataSubjects': { de: 'Betroffene Personen', en: 'Data subjects' },
  'entity.recipients': { de: 'Empfänger', en: 'Recipient' },
  'entity.systems': { de: 'System', en: 'System' },
  'entity.toms': { de: 'Maßnahme', 'de-CH': 'Massnahme', en: 'Measure' },
  'entity.organisation': { de: 'Organisation', en: 'Organisation' },
  'entity.workspace': { de: 'Arbeitsbereich', en: 'Workspace' },
  'entity.settings': { de: 'Einstellungen', en: 'Settings' },

  'settings.heading': { de: 'Einstellungen', en: 'Settings' },
  'settings.general': { de: 'Allgemein', en: 'General' },
  'settings.language': { de: 'Sprache der Oberfläche', en: 'Interface language' },
  'settings.author': { de: 'Ihr Name', en: 'Your name' },
  'settings.authorHint': { de: 'Steht im Änderungsprotokoll bei jeder Ihrer Änderungen.', en: 'Recorded in the audit trail with each of your changes.' },
  'settings.autoLock': { de: 'Automatisch sperren nach (Minuten)', en: 'Lock automatically after (minutes)' },
  'settings.autoLockHint': { de: '0 schaltet die automatische Sperre aus.', en: '0 turns automatic locking off.' },
  'settings.workspacesDir': { de: 'Ordner für neue Arbeitsbereiche', en: 'Folder for new workspaces' },
  'settings.save': { de: 'Speichern', en: 'Save' },
  'settings.saved': { de: 'Einstellungen gespeichert.', en: 'Settings saved.' },

  'passphrase.heading': { de: 'Passphrase ändern', en: 'Change passphrase' },
  'passphrase.intro': {
    de: 'Die Datei wird mit der neuen Passphrase neu verschlüsselt. Gemerkte Passphrasen auf anderen Geräten gelten danach nicht mehr.',
    en: 'The file is re-encrypted with the new passphrase. Passphrases remembered on other devices stop working.'
  },
  'passphrase.current': { de: 'Aktuelle Passphrase', en: 'Current passphrase' },
  'passphrase.next': { de: 'Neue Passphrase', en: 'New passphrase' },
  'passphrase.confirm': { de: 'Neue Passphrase bestätigen', en: 'Confirm new passphrase' },
  'passphrase.submit': { de: 'Passphrase ändern', en: 'Change passphrase' },
  'passphrase.busy': { de: 'Wird neu verschlüsselt …', en: 'Re-encrypting …' },
  'passphrase.changed': { de: 'Die Passphrase wurde geändert.', en: 'The passphrase was changed.' },

  'pending.heading': { de: 'In dieser Version noch nicht verfügbar', en: 'Not yet available in this version' },
  'pending.checklists': {
    de: 'Checklisten und Prüfungen – etwa die Schwellwertanalyse zur Datenschutz-Folgenabschätzung – folgen in einer der nächsten Versionen.',
    en: 'Checklists and assessments – such as the DPIA screening – follow in one of the next versions.'
  },
  'pending.exports': {
    de: 'Exporte – das Verzeichnis von Verarbeitungstätigkeiten und die TOM-Dokumentation – folgen in einer der nächsten Versionen.',
    'de-CH': 'Exporte – das Verzeichnis der Bearbeitungstätigkeiten und die TOM-Dokumentation – folgen in einer der nächsten Versionen.',
    en: 'Exports – the record of processing activities and the TOM documentation – follow in one of the next versions.'
  }
} as const satisfies Messages
