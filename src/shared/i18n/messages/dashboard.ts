import type { Messages } from '../types'

/**
 * The workspace dashboard (overview page), the findings lists and panel, and the data-flow map.
 * "de-CH" where Swiss usage differs: Bearbeitung, Personendaten, Massnahmen, never "ß".
 */
export const dashboard = {
  'nav.dataflow': { de: 'Datenflüsse', en: 'Data flows' },
  'entity.checks': { de: 'Konsistenzprüfung', en: 'Consistency checks' },

  // ----- Dashboard -----
  'dashboard.checks': { de: 'Konsistenzprüfung', en: 'Consistency checks' },
  'dashboard.checksIntro': {
    de: 'Stand {date}: {open} offene Befunde, {acknowledged} bestätigt.',
    en: 'As of {date}: {open} open findings, {acknowledged} acknowledged.'
  },
  'dashboard.rerun': { de: 'Erneut prüfen', en: 'Check again' },
  'dashboard.severity': { de: 'Befunde nach Schweregrad', en: 'Findings by severity' },
  'dashboard.severity.error': { de: 'Fehler', en: 'Errors' },
  'dashboard.severity.warning': { de: 'Warnungen', en: 'Warnings' },
  'dashboard.severity.info': { de: 'Hinweise', en: 'Notes' },
  'dashboard.severity.acknowledged': { de: 'Bestätigt', en: 'Acknowledged' },
  'dashboard.severity.showOnly': { de: '{count} {label} – nur diese anzeigen', en: '{count} {label} – show only these' },
  'severity.error': { de: 'Fehler', en: 'Error' },
  'severity.warning': { de: 'Warnung', en: 'Warning' },
  'severity.info': { de: 'Hinweis', en: 'Note' },

  'dashboard.completeness': { de: 'Vollständigkeit des Verzeichnisses', en: 'Completeness of the record' },
  'dashboard.completenessIntro': {
    de: 'Wie viele Verarbeitungstätigkeiten die Pflichtangaben nach DSGVO Art. 30 Abs. 1 und DSG Art. 12 Abs. 2 enthalten.',
    'de-CH': 'Wie viele Bearbeitungstätigkeiten die Pflichtangaben nach DSGVO Art. 30 Abs. 1 und DSG Art. 12 Abs. 2 enthalten.',
    en: 'How many processing activities contain the required entries under GDPR Art. 30(1) and DSG Art. 12(2).'
  },
  'dashboard.completenessRow': { de: '{filled} von {total}', en: '{filled} of {total}' },
  'dashboard.completenessValue': { de: '{label}: {filled} von {total} ({percent} %)', en: '{label}: {filled} of {total} ({percent}%)' },
  'dashboard.field.purposes': { de: 'Zwecke', en: 'Purposes' },
  'dashboard.field.dataSubjects': { de: 'Betroffene Personen', en: 'Data subjects' },
  'dashboard.field.dataCategories': { de: 'Datenkategorien', 'de-CH': 'Kategorien von Personendaten', en: 'Data categories' },
  'dashboard.field.recipients': { de: 'Empfänger', en: 'Recipients' },
  'dashboard.field.transfers': { de: 'Drittlandübermittlungen', 'de-CH': 'Bekanntgabe ins Ausland', en: 'Transfers abroad' },
  'dashboard.field.retention': { de: 'Löschfristen', en: 'Retention periods' },
  'dashboard.field.toms': { de: 'Technische und organisatorische Maßnahmen', 'de-CH': 'Massnahmen zur Datensicherheit', en: 'Security measures' },
  'dashboard.field.legalBases': { de: 'Rechtsgrundlagen', 'de-CH': 'Rechtfertigungsgründe', en: 'Legal bases' },

  'dashboard.byRule': { de: 'Befunde nach Regel', en: 'Findings by rule' },
  'dashboard.col.rule': { de: 'Regel', en: 'Rule' },
  'dashboard.col.count': { de: 'Anzahl', en: 'Count' },
  'dashboard.col.ref': { de: 'Rechtsnorm', en: 'Legal reference' },
  'dashboard.col.severity': { de: 'Schweregrad', en: 'Severity' },
  'dashboard.showRule': { de: '{count} Befunde anzeigen: {rule}', en: 'Show {count} findings: {rule}' },
  'dashboard.noFindings': { de: 'Keine offenen Befunde. Das Verzeichnis ist konsistent.', en: 'No open findings. The record is consistent.' },

  'dashboard.reviews': { de: 'Fällige Überprüfungen', en: 'Reviews due' },
  'dashboard.reviewsIntro': { de: 'Überprüfungsdatum überschritten oder in den nächsten 30 Tagen.', en: 'Review date passed or within the next 30 days.' },
  'dashboard.reviewsNone': { de: 'Keine Überprüfung in den nächsten 30 Tagen fällig.', en: 'No review due in the next 30 days.' },
  'dashboard.overdue': { de: 'überfällig', en: 'overdue' },
  'dashboard.dueOn': { de: 'fällig am {date}', en: 'due {date}' },
  'dashboard.overdueSince': { de: 'überfällig seit {date}', en: 'overdue since {date}' },

  'dashboard.due': { de: 'Fällige Prüfungen und Maßnahmen', 'de-CH': 'Fällige Prüfungen und Massnahmen', en: 'Assessments and actions due' },
  'dashboard.dueNone': { de: 'Nichts fällig.', en: 'Nothing due.' },
  'dashboard.due.assessment': { de: 'Prüfung', en: 'Assessment' },
  'dashboard.due.action': { de: 'Maßnahme', 'de-CH': 'Massnahme', en: 'Action' },
  'dashboard.due.schedule': { de: 'Wiederkehrende Prüfung', en: 'Recurring assessment' },

  'dashboard.regimes': { de: 'Tätigkeiten nach Rechtsordnung', en: 'Activities by law' },
  'dashboard.regimesIntro': {
    de: 'Ohne eigene Angabe gilt das Recht der Organisation.',
    en: 'Activities without their own setting follow the organisation’s law.'
  },

  // ----- Findings list -----
  'findings.heading': { de: 'Befunde', en: 'Findings' },
  'findings.filterRule': { de: 'Regel', en: 'Rule' },
  'findings.filterSeverity': { de: 'Schweregrad', en: 'Severity' },
  'findings.all': { de: 'Alle', en: 'All' },
  'findings.clearFilter': { de: 'Filter zurücksetzen', en: 'Clear filter' },
  'findings.shown': { de: '{shown} von {total} offenen Befunden', en: '{shown} of {total} open findings' },
  'findings.showAll': { de: 'Alle {count} anzeigen', en: 'Show all {count}' },
  'findings.col.finding': { de: 'Befund', en: 'Finding' },
  'findings.col.entity': { de: 'Eintrag', en: 'Entry' },
  'findings.col.fix': { de: 'Beheben', en: 'Fix' },
  'findings.col.actions': { de: 'Aktionen', en: 'Actions' },
  'findings.fix': { de: '{field} bearbeiten', en: 'Edit {field}' },
  'findings.fixLabel': { de: '{field} bearbeiten: {name}', en: 'Edit {field}: {name}' },
  'findings.acknowledge': { de: 'Bestätigen', en: 'Acknowledge' },
  'findings.acknowledgeLabel': { de: 'Befund bestätigen: {rule} – {name}', en: 'Acknowledge finding: {rule} – {name}' },
  'findings.ackTitle': { de: 'Befund bestätigen', en: 'Acknowledge finding' },
  'findings.ackText': {
    de: 'Ein bestätigter Befund gilt nicht mehr als offen. Begründen Sie, warum er so in Ordnung ist; die Begründung wird protokolliert.',
    en: 'An acknowledged finding no longer counts as open. Give the reason why it is acceptable; the reason is recorded in the audit trail.'
  },
  'findings.reason': { de: 'Begründung', en: 'Reason' },
  'findings.reasonHint': { de: 'Mindestens 3 Zeichen.', en: 'At least 3 characters.' },
  'findings.reasonTooShort': { de: 'Bitte eine Begründung mit mindestens 3 Zeichen angeben.', en: 'Please give a reason of at least 3 characters.' },
  'findings.acknowledged': { de: 'Bestätigte Befunde ({count})', en: 'Acknowledged findings ({count})' },
  'findings.acknowledgedBy': { de: '«{reason}» – {by}, {at}', en: '“{reason}” – {by}, {at}' },
  'findings.reopen': { de: 'Wieder öffnen', en: 'Reopen' },
  'findings.reopenLabel': { de: 'Wieder öffnen: {rule} – {name}', en: 'Reopen: {rule} – {name}' },
  'findings.ackDone': { de: 'Befund bestätigt.', en: 'Finding acknowledged.' },
  'findings.reopenDone': { de: 'Befund wieder geöffnet.', en: 'Finding reopened.' },

  // ----- Findings panel on a detail page -----
  'findings.panel': { de: 'Befunde zu diesem Eintrag ({count})', en: 'Findings for this entry ({count})' },
  'findings.panelNone': { de: 'Keine offenen Befunde zu diesem Eintrag.', en: 'No open findings for this entry.' },
  'findings.goToField': { de: 'Zum Feld: {field}', en: 'Go to field: {field}' },

  // ----- Data-flow map -----
  'dataflow.intro': {
    de: 'Welche Tätigkeiten Daten über welche Systeme an welche Empfänger in welche Länder geben.',
    en: 'Which activities pass data through which systems to which recipients in which countries.'
  },
  'dataflow.col.activities': { de: 'Tätigkeiten', en: 'Activities' },
  'dataflow.col.systems': { de: 'Systeme', en: 'Systems' },
  'dataflow.col.recipients': { de: 'Empfänger', en: 'Recipients' },
  'dataflow.col.countries': { de: 'Länder', en: 'Countries' },
  'dataflow.filterActivity': { de: 'Tätigkeit', en: 'Activity' },
  'dataflow.filterRecipient': { de: 'Empfänger', en: 'Recipient' },
  'dataflow.all': { de: 'Alle', en: 'All' },
  'dataflow.showAll': { de: 'Alle {count} Tätigkeiten anzeigen', en: 'Show all {count} activities' },
  'dataflow.showTop': { de: 'Nur die {count} mit den meisten Flüssen anzeigen', en: 'Show only the {count} with most flows' },
  'dataflow.shown': { de: '{shown} von {total} Tätigkeiten', en: '{shown} of {total} activities' },
  'dataflow.mapLabel': { de: 'Datenflusskarte', en: 'Data-flow map' },
  'dataflow.mapDescription': {
    de: 'Vier Spalten: Tätigkeiten, Systeme, Empfänger, Länder. Mit Tab von Knoten zu Knoten; der Fokus hebt die Flüsse des Knotens hervor.',
    en: 'Four columns: activities, systems, recipients, countries. Tab moves from node to node; focus highlights the node’s flows.'
  },
  'dataflow.node': { de: '{column}: {name} – {count} Verbindungen', en: '{column}: {name} – {count} connections' },
  'dataflow.nodeThird': {
    de: '{column}: {name} – {count} Verbindungen – Übermittlung in ein Drittland',
    en: '{column}: {name} – {count} connections – transfer to a third country'
  },
  'dataflow.nodeAbroad': {
    de: '{column}: {name} – {count} Verbindungen – Bekanntgabe ins Ausland (revDSG)',
    en: '{column}: {name} – {count} connections – disclosure abroad (revDSG)'
  },
  'dataflow.connected': { de: 'Verbunden mit: {names}', en: 'Connected to: {names}' },
  'dataflow.legend': { de: 'Legende', en: 'Legend' },
  'dataflow.legendInside': { de: 'Inland / EWR', 'de-CH': 'Inland / EWR', en: 'Domestic / EEA' },
  'dataflow.legendThird': { de: 'Drittland außerhalb des EWR (DSGVO)', 'de-CH': 'Drittland ausserhalb des EWR (DSGVO)', en: 'Third country outside the EEA (GDPR)' },
  'dataflow.legendAbroad': { de: 'Ausland außerhalb der Schweiz (revDSG)', 'de-CH': 'Ausland ausserhalb der Schweiz (revDSG)', en: 'Abroad, outside Switzerland (revDSG)' },
  'dataflow.transfer': { de: 'Übermittlung', en: 'Transfer' },
  'dataflow.noCountry': { de: 'Land unbekannt', en: 'Country unknown' },
  'dataflow.empty': { de: 'Noch keine Datenflüsse erfasst.', en: 'No data flows recorded yet.' },
  'dataflow.highlighted': { de: 'Hervorgehoben: {name}', en: 'Highlighted: {name}' },
  'dataflow.table': { de: 'Übermittlungen ins Ausland', en: 'Transfers abroad' },
  'dataflow.tableNone': { de: 'Keine Übermittlungen ins Ausland.', en: 'No transfers abroad.' },
  'dataflow.col.activity': { de: 'Tätigkeit', en: 'Activity' },
  'dataflow.col.recipient': { de: 'Empfänger', en: 'Recipient' },
  'dataflow.col.country': { de: 'Land', en: 'Country' },
  'dataflow.col.kind': { de: 'Art', en: 'Kind' }
} as const satisfies Messages
