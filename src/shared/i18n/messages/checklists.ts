import type { Messages } from '../types'

/** Checklists and assessments: errors, validation issues and the DPIA screening's rules. */
export const checklists = {
  'error.TOO_LARGE': {
    de: 'Der Anhang «{name}» ist zu groß ({size} MiB); erlaubt sind {limit} MiB {scope}. Es wurde nichts gespeichert.',
    'de-CH': 'Der Anhang «{name}» ist zu gross ({size} MiB); erlaubt sind {limit} MiB {scope}. Es wurde nichts gespeichert.',
    en: 'The attachment "{name}" is too large ({size} MiB); the limit is {limit} MiB {scope}. Nothing was saved.'
  },
  'checklist.limit.file': { de: 'je Datei', en: 'per file' },
  'checklist.limit.workspace': { de: 'für alle Anhänge eines Arbeitsbereichs zusammen', en: 'for all attachments of a workspace together' },

  'checklist.template.keyFormat': { de: 'Schlüssel aus Kleinbuchstaben, Ziffern und Bindestrichen', en: 'key of lower-case letters, digits and hyphens' },
  'checklist.template.idFormat': { de: 'Kennung aus Buchstaben, Ziffern, Punkt, Binde- oder Unterstrich', en: 'id of letters, digits, dots, hyphens or underscores' },
  'checklist.template.checkFormat': { de: 'unbekanntes Format der automatischen Prüfung', en: 'unknown format of the automatic check' },
  'checklist.template.optionFormat': { de: 'Optionswert aus Kleinbuchstaben, Ziffern, Binde- oder Unterstrich', en: 'option value of lower-case letters, digits, hyphens or underscores' },
  'checklist.template.duplicate': { de: 'doppelter Eintrag', en: 'duplicate entry' },
  'checklist.template.duplicateId': { de: 'Kennung kommt mehrfach vor', en: 'the id occurs more than once' },
  'checklist.template.dpiaOnlyInScreening': { de: 'DSFA-Zuordnung nur in Vorlagen der Art «dpia_screening»', en: 'DPIA mapping only in templates of kind "dpia_screening"' },
  'checklist.template.dpiaAnswerType': { de: 'DSFA-Kriterien brauchen eine Bewertung, die Begründung einen Text', en: 'DPIA criteria need a rating, the justification a text' },
  'checklist.template.dpiaMappingMissing': { de: 'eine DSFA-Vorprüfung braucht mindestens ein zugeordnetes Kriterium', en: 'a DPIA screening needs at least one mapped criterion' },
  'checklist.template.reviewListMissing': { de: 'eine Zugriffsüberprüfung braucht eine Frage vom Typ «review_list»', en: 'an access review needs a question of type "review_list"' },
  'checklist.template.tooManyQuestions': { de: 'mehr als 500 Fragen', en: 'more than 500 questions' },
  'checklist.template.userKey': { de: 'eigene Vorlagen beginnen mit «user-»', en: 'own templates begin with "user-"' },
  'checklist.template.shipped': { de: 'mitgelieferte Vorlagen können nicht geändert oder gelöscht werden', en: 'shipped templates cannot be changed or deleted' },
  'checklist.template.exists': {
    de: 'eine Vorlage mit diesem Schlüssel existiert bereits (zum Ersetzen «replace» setzen)',
    en: 'a template with this key exists already (set "replace" to replace it)'
  },
  'checklist.template.inUse': { de: 'die Vorlage wird von einem Zeitplan verwendet', en: 'the template is used by a schedule' },
  'checklist.template.unknownCheck': { de: 'unbekannte automatische Prüfung', en: 'unknown automatic check' },
  'checklist.template.unknown': { de: 'unbekannte Vorlage', en: 'unknown template' },
  'checklist.import.json': { de: 'kein gültiges JSON', en: 'not valid JSON' },

  'checklist.answer.rating': { de: 'erwartet: yes, partly, no oder not_applicable (wie in der Frage erlaubt)', en: 'expected: yes, partly, no or not_applicable (as the question allows)' },
  'checklist.answer.text': { de: 'Text zu lang', en: 'text too long' },
  'checklist.answer.date': { de: 'erwartet: Datum JJJJ-MM-TT', en: 'expected: a date YYYY-MM-DD' },
  'checklist.answer.choice': { de: 'keine Option dieser Frage', en: 'not an option of this question' },
  'checklist.answer.reviewList': { de: 'erwartet: Liste mit Person, Rolle, Entscheid und Nachweis', en: 'expected: a list of person, role, decision and evidence' },
  'checklist.answer.auto': { de: 'wird aus dem Inventar beantwortet; nur ein Kommentar ist möglich', en: 'answered from the inventory; only a comment can be given' },
  'checklist.answer.unknownQuestion': { de: 'keine Frage dieser Prüfung', en: 'not a question of this assessment' },
  'checklist.answer.notApplicable': { de: 'Frage gilt nicht für die Rechtsordnungen dieser Prüfung', en: 'the question does not apply under the regimes of this assessment' },
  'checklist.answer.missing': { de: 'Pflichtfrage unbeantwortet', en: 'required question not answered' },
  'checklist.assessment.completed': { de: 'die Prüfung ist abgeschlossen; zum Ändern wieder öffnen', en: 'the assessment is completed; reopen it to change answers' },
  'checklist.target.notAllowed': { de: 'diese Vorlage gilt nicht für diese Art von Gegenstand', en: 'this template does not apply to this kind of target' },
  'checklist.compare.noPrevious': { de: 'keine frühere Durchführung zum Vergleich', en: 'no previous run to compare with' },
  'checklist.compare.otherTemplate': { de: 'andere Vorlage oder anderer Gegenstand', en: 'another template or target' },
  'checklist.attachment.name': { de: 'Dateiname ohne Ordner', en: 'a file name without folders' },
  'checklist.attachment.mimeType': { de: 'Medientyp wie «application/pdf»', en: 'a media type such as "application/pdf"' },

  'checklist.dpia.rule.art35_3': { de: 'Pflichtfall nach Art. 35 Abs. 3 DSGVO', en: 'Mandatory case under GDPR Art. 35(3)' },
  'checklist.dpia.rule.dsg22': { de: 'Hohes Risiko nach Art. 22 Abs. 2 DSG', en: 'High risk under DSG Art. 22 Abs. 2' },
  'checklist.dpia.rule.art35_4': { de: 'Auf der Liste der Aufsichtsbehörde nach Art. 35 Abs. 4 DSGVO', en: "On the supervisory authority's list under GDPR Art. 35(4)" },
  'checklist.dpia.rule.high_risk': {
    de: 'Voraussichtlich hohes Risiko (Art. 35 Abs. 1 DSGVO, Art. 22 Abs. 1 DSG)',
    en: 'Likely high risk (GDPR Art. 35(1), DSG Art. 22 Abs. 1)'
  },
  'checklist.dpia.rule.wp248_two_or_more': {
    de: 'Zwei oder mehr Kriterien nach WP248: DSFA erforderlich (eine Begründung ändert das Ergebnis nicht, sie wird dokumentiert)',
    en: 'Two or more WP248 criteria: DPIA required (a justification does not change the result; it is documented)'
  },
  'checklist.dpia.rule.wp248_one': { de: 'Ein Kriterium nach WP248: DSFA empfohlen', en: 'One WP248 criterion: DPIA recommended' },
  'checklist.dpia.rule.none': { de: 'Kein Kriterium erfüllt: keine DSFA erforderlich', en: 'No criterion met: no DPIA required' }
} as const satisfies Messages
