import type { Messages } from '../types'

/**
 * The import page's second tab (pages/import/merge): entries taken from another workspace file,
 * with a preview, a decision per conflict and a report. "de-CH" where Swiss usage differs.
 */
export const mergeUi = {
  'imp.tabs': { de: 'Woher importieren', en: 'Import from' },
  'imp.tab.file': { de: 'Datei (XLSX, CSV, JSON)', en: 'File (XLSX, CSV, JSON)' },
  'imp.tab.merge': { de: 'Anderer Arbeitsbereich', en: 'Another workspace' },

  'merge.intro': {
    de: 'Übernehmen Sie Verarbeitungstätigkeiten, TOM und andere Einträge aus der Datei eines anderen Arbeitsbereichs, etwa eines anderen Mandanten. Die andere Datei wird nur gelesen. Was ein Eintrag verknüpft, wird hier über den Namen gefunden oder mitkopiert; vorher wird automatisch eine verschlüsselte Sicherung angelegt.',
    'de-CH':
      'Übernehmen Sie Bearbeitungstätigkeiten, TOM und andere Einträge aus der Datei eines anderen Arbeitsbereichs, etwa eines anderen Mandanten. Die andere Datei wird nur gelesen. Was ein Eintrag verknüpft, wird hier über den Namen gefunden oder mitkopiert; vorher wird automatisch eine verschlüsselte Sicherung angelegt.',
    en: 'Take processing activities, TOMs and other entries from the file of another workspace, such as another client. The other file is only read. What an entry links to is found here by name or copied along; an encrypted backup is taken automatically first.'
  },
  'merge.source.heading': { de: '1. Anderer Arbeitsbereich', en: '1. The other workspace' },
  'merge.file': { de: 'Datei des anderen Arbeitsbereichs (Pfad)', en: 'File of the other workspace (path)' },
  'merge.fileHint': {
    de: 'Ohne Ordnerangabe im Arbeitsbereich-Ordner; «.dpo» wird ergänzt. Die Datei wird nur gelesen.',
    en: 'Without a folder it is looked for in the workspaces folder; ".dpo" is added. The file is only read.'
  },
  'merge.passphrase': { de: 'Passphrase des anderen Arbeitsbereichs', en: 'Passphrase of the other workspace' },
  'merge.kinds': { de: 'Welche Verzeichnisse', en: 'Which registries' },
  'merge.kindsNone': { de: 'Wählen Sie mindestens ein Verzeichnis.', en: 'Choose at least one registry.' },
  'merge.load': { de: 'Einträge vergleichen', en: 'Compare entries' },
  'merge.loading': { de: 'Wird gelesen …', en: 'Reading …' },
  'merge.wrongPassphrase': {
    de: 'Diese Passphrase öffnet den anderen Arbeitsbereich nicht. Prüfen Sie Feststelltaste und Tastaturlayout.',
    en: 'This passphrase does not open the other workspace. Check Caps Lock and the keyboard layout.'
  },

  'merge.preview.heading': { de: '2. Einträge auswählen', en: '2. Choose the entries' },
  'merge.preview.from': { de: 'Aus «{organisation}»', en: 'From "{organisation}"' },
  'merge.preview.counts': { de: 'Vergleich mit diesem Arbeitsbereich', en: 'Compared with this workspace' },
  'merge.preview.empty': { de: 'Der andere Arbeitsbereich hat in diesen Verzeichnissen keine Einträge.', en: 'The other workspace has no entries in these registries.' },
  'merge.preview.allIdentical': { de: 'Alle Einträge gibt es hier schon genau so.', en: 'Every entry is already here exactly like this.' },
  'merge.status.new': { de: 'Neu', en: 'New' },
  'merge.status.identical': { de: 'Gleich', en: 'Identical' },
  'merge.status.conflict': { de: 'Konflikt', en: 'Conflict' },
  'merge.showIdentical': { de: 'Gleiche Einträge anzeigen ({count})', en: 'Show identical entries ({count})' },
  'merge.selectAll': { de: 'Alle auswählen (ohne archivierte)', en: 'Select all (except archived)' },
  'merge.selectNone': { de: 'Keine auswählen', en: 'Select none' },
  'merge.selectKind': { de: 'Alle {kind} auswählen', en: 'Select all {kind}' },
  'merge.select': { de: '«{name}» übernehmen', en: 'Take "{name}"' },
  'merge.col.select': { de: 'Auswahl', en: 'Selection' },
  'merge.col.ref': { de: 'Nr.', en: 'No.' },
  'merge.col.name': { de: 'Bezeichnung', en: 'Name' },
  'merge.col.status': { de: 'Vergleich', en: 'Comparison' },
  'merge.col.links': { de: 'Verknüpft mit', en: 'Linked to' },
  'merge.col.decision': { de: 'Entscheidung', en: 'Decision' },
  'merge.table': { de: '{kind} im anderen Arbeitsbereich', en: '{kind} in the other workspace' },
  'merge.existing': { de: 'hier: {ref} {name}', en: 'here: {ref} {name}' },
  'merge.archived': { de: 'archiviert', en: 'archived' },
  'merge.linksNone': { de: 'keine', en: 'none' },
  'merge.decision': { de: 'Entscheidung für «{name}»', en: 'Decision for "{name}"' },
  'merge.resolution.copy': { de: 'Als neuen Eintrag kopieren', en: 'Copy as a new entry' },
  'merge.resolution.overwrite': { de: 'Eintrag hier überschreiben', en: 'Overwrite the entry here' },
  'merge.resolution.skip': { de: 'Überspringen', en: 'Skip' },
  'merge.diff.summary': { de: 'Unterschiede anzeigen ({count})', en: 'Show differences ({count})' },
  'merge.diff.caption': { de: 'Unterschiede bei «{name}»', en: 'Differences for "{name}"' },
  'merge.diff.field': { de: 'Feld', en: 'Field' },
  'merge.diff.here': { de: 'Hier', en: 'Here' },
  'merge.diff.other': { de: 'Im anderen Arbeitsbereich', en: 'In the other workspace' },
  'merge.diff.yes': { de: 'ja', en: 'yes' },
  'merge.diff.no': { de: 'nein', en: 'no' },
  'merge.selected': { de: '{count} von {total} ausgewählt', en: '{count} of {total} selected' },
  'merge.nothingSelected': { de: 'Wählen Sie mindestens einen Eintrag.', en: 'Choose at least one entry.' },
  'merge.run': { de: 'Ausgewählte übernehmen', en: 'Take the selected entries' },

  'merge.report.heading': { de: '3. Ergebnis', en: '3. Result' },
  'merge.report.dryHeading': { de: '3. Ergebnis des Probelaufs', en: '3. Dry-run result' },
  'merge.report.done': { de: 'Die ausgewählten Einträge wurden übernommen.', en: 'The selected entries were taken over.' },
  'merge.report.nothing': { de: 'Nichts zu schreiben: Alles Ausgewählte wurde übersprungen oder gibt es hier schon.', en: 'Nothing to write: everything selected was skipped or is already here.' },
  'merge.report.copied': { de: 'Kopiert', en: 'Copied' },
  'merge.report.overwritten': { de: 'Überschrieben', en: 'Overwritten' },
  'merge.report.skipped': { de: 'Übersprungen', en: 'Skipped' },
  'merge.report.matched': { de: 'Hier gefunden und verknüpft', en: 'Found here and linked' },
  'merge.report.backup': { de: 'Sicherung vor dem Zusammenführen', en: 'Backup before the merge' },
  'merge.report.entities': { de: 'Einträge', en: 'Entries' },
  'merge.report.again': { de: 'Weitere Einträge übernehmen', en: 'Take more entries' },
  'merge.action.copied': { de: 'kopiert', en: 'copied' },
  'merge.action.overwritten': { de: 'überschrieben', en: 'overwritten' },
  'merge.action.matched': { de: 'hier gefunden', en: 'found here' },
  'merge.action.skipped': { de: 'übersprungen', en: 'skipped' }
} as const satisfies Messages
