import type { Messages } from '../types'

/**
 * The consistency checks: a short title and a message per rule ("check.<rule id>.title",
 * "check.<rule id>"), and the terms some parameters are translated with ("check.term.*").
 * "de-CH" is given where Swiss usage differs: Bearbeitung, Personendaten, Auftragsbearbeiter, no ß.
 */
export const checks = {
  // ----- Terms used in parameters ({regime}, {status}) -----
  'check.term.regime.gdpr': { de: 'DSGVO', en: 'GDPR' },
  'check.term.regime.revdsg': { de: 'revDSG', en: 'revDSG' },
  'check.term.status.planned': { de: 'geplant', en: 'planned' },
  'check.term.status.in_progress': { de: 'in Umsetzung', en: 'in progress' },
  'check.term.status.missing': { de: 'fehlt', en: 'missing' },
  'check.term.status.in_negotiation': { de: 'in Verhandlung', en: 'in negotiation' },
  'check.term.status.signed': { de: 'unterzeichnet', en: 'signed' },
  'check.term.status.not_required': { de: 'nicht erforderlich', en: 'not required' },

  // ----- Record of processing activities (controller) -----
  'check.ropa.purpose.missing.title': { de: 'Zweck fehlt', en: 'Purpose missing' },
  'check.ropa.purpose.missing': {
    de: 'Für diese Verarbeitungstätigkeit ist kein Zweck angegeben. Das Verzeichnis muss die Zwecke der Verarbeitung nennen.',
    'de-CH': 'Für diese Bearbeitungstätigkeit ist kein Zweck angegeben. Das Verzeichnis muss den Bearbeitungszweck nennen.',
    en: 'No purpose is recorded for this processing activity. The record must state the purposes of the processing.'
  },
  'check.ropa.dataSubjects.missing.title': { de: 'Betroffene Personen fehlen', en: 'Data subjects missing' },
  'check.ropa.dataSubjects.missing': {
    de: 'Es sind keine Kategorien betroffener Personen verknüpft. Das Verzeichnis muss sie beschreiben.',
    en: 'No categories of data subjects are linked. The record must describe them.'
  },
  'check.ropa.dataCategories.missing.title': { de: 'Datenkategorien fehlen', en: 'Data categories missing' },
  'check.ropa.dataCategories.missing': {
    de: 'Es sind keine Kategorien personenbezogener Daten verknüpft. Das Verzeichnis muss sie beschreiben.',
    'de-CH': 'Es sind keine Kategorien von Personendaten verknüpft. Das Verzeichnis muss sie beschreiben.',
    en: 'No categories of personal data are linked. The record must describe them.'
  },
  'check.ropa.recipients.missing.title': { de: 'Empfänger fehlen', en: 'Recipients missing' },
  'check.ropa.recipients.missing': {
    de: 'Es sind keine Empfänger erfasst, auch keine internen Stellen. Werden die Daten wirklich niemandem offengelegt, bestätigen Sie das mit einer Begründung.',
    en: 'No recipients are recorded, not even internal ones. If the data are really disclosed to no one, acknowledge this finding with that reason.'
  },
  'check.ropa.retention.missing.title': { de: 'Löschfristen fehlen', en: 'Retention periods missing' },
  'check.ropa.retention.missing': {
    de: 'Es ist keine Aufbewahrungs- oder Löschregel erfasst. Das Verzeichnis soll – wenn möglich – die Löschfristen je Datenkategorie nennen (in der Schweiz: Frist oder Kriterien).',
    en: 'No retention or erasure rule is recorded. Where possible, the record should state the time limits for erasure per data category (in Switzerland: the period or the criteria).'
  },
  'check.ropa.retention.incomplete.title': { de: 'Löschregel ohne Frist und Kriterien', en: 'Retention rule without period or criteria' },
  'check.ropa.retention.incomplete': {
    de: 'Die Löschregel Nr. {position} ({category}) nennt weder eine Frist noch Kriterien für die Festlegung der Frist.',
    en: 'Retention rule no. {position} ({category}) gives neither a period nor the criteria for setting it.'
  },
  'check.ropa.retention.unlinkedCategory.title': { de: 'Löschregel für nicht verknüpfte Kategorie', en: 'Retention rule for an unlinked category' },
  'check.ropa.retention.unlinkedCategory': {
    de: 'Die Löschregel Nr. {position} betrifft «{category}», diese Datenkategorie ist aber nicht mit der Tätigkeit verknüpft.',
    en: 'Retention rule no. {position} is about "{category}", but that data category is not linked to the activity.'
  },
  'check.ropa.toms.missing.title': { de: 'TOM fehlen', en: 'Security measures missing' },
  'check.ropa.toms.missing': {
    de: 'Weder Maßnahmen verknüpft noch eine allgemeine Beschreibung der technischen und organisatorischen Maßnahmen erfasst (wenn möglich anzugeben).',
    'de-CH': 'Weder Massnahmen verknüpft noch eine allgemeine Beschreibung der Massnahmen zur Datensicherheit erfasst (wenn möglich anzugeben).',
    en: 'No measures are linked and there is no general description of the technical and organisational security measures (to be given where possible).'
  },
  'check.ropa.jointControllers.missing.title': { de: 'Gemeinsam Verantwortliche nicht benannt', en: 'Joint controllers not named' },
  'check.ropa.jointControllers.missing': {
    de: 'Die Tätigkeit ist als gemeinsame Verantwortlichkeit erfasst, aber die anderen Verantwortlichen und ihre Kontaktdaten fehlen.',
    en: 'The activity is recorded as joint controllership, but the other controllers and their contact details are missing.'
  },

  // ----- Record of processing activities (processor) -----
  'check.processor.controllers.missing.title': { de: 'Auftraggeber fehlen', en: 'Controllers missing' },
  'check.processor.controllers.missing': {
    de: 'Es ist kein Verantwortlicher erfasst, in dessen Auftrag verarbeitet wird. Das Verzeichnis des Auftragsverarbeiters muss jeden nennen.',
    'de-CH': 'Es ist kein Verantwortlicher erfasst, in dessen Auftrag bearbeitet wird. Das Verzeichnis des Auftragsbearbeiters muss jeden nennen.',
    en: 'No controller on whose behalf we process is recorded. The processor record must name each of them.'
  },
  'check.processor.categories.missing.title': { de: 'Kategorien der Verarbeitung fehlen', 'de-CH': 'Kategorien der Bearbeitung fehlen', en: 'Categories of processing missing' },
  'check.processor.categories.missing': {
    de: 'Es sind keine Kategorien von Verarbeitungen erfasst, die im Auftrag durchgeführt werden.',
    'de-CH': 'Es sind keine Kategorien von Bearbeitungen erfasst, die im Auftrag durchgeführt werden.',
    en: 'No categories of processing carried out on behalf of the controllers are recorded.'
  },
  'check.processor.toms.missing.title': { de: 'TOM fehlen', en: 'Security measures missing' },
  'check.processor.toms.missing': {
    de: 'Weder Maßnahmen verknüpft noch eine allgemeine Beschreibung der technischen und organisatorischen Maßnahmen erfasst (wenn möglich anzugeben).',
    'de-CH': 'Weder Massnahmen verknüpft noch eine allgemeine Beschreibung der Massnahmen zur Datensicherheit erfasst (wenn möglich anzugeben).',
    en: 'No measures are linked and there is no general description of the technical and organisational security measures (to be given where possible).'
  },

  // ----- Lawfulness -----
  'check.lawfulness.gdpr.basisMissing.title': { de: 'Rechtsgrundlage fehlt', en: 'Legal basis missing' },
  'check.lawfulness.gdpr.basisMissing': {
    de: 'Es ist keine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO angegeben. Sie ist kein Pflichtfeld des Verzeichnisses, wird aber für die Rechenschaftspflicht und die Datenschutzhinweise gebraucht.',
    en: 'No legal basis under GDPR Art. 6(1) is given. It is not a mandatory field of the record, but it is needed for accountability and for the privacy notice.'
  },
  'check.lawfulness.art9.conditionMissing.title': { de: 'Ausnahme nach Art. 9 Abs. 2 fehlt', en: 'Art. 9(2) condition missing' },
  'check.lawfulness.art9.conditionMissing': {
    de: 'Besondere Kategorien personenbezogener Daten ({categories}) ohne Ausnahme nach Art. 9 Abs. 2 DSGVO: Ihre Verarbeitung ist sonst untersagt.',
    en: 'Special categories of personal data ({categories}) without a condition under GDPR Art. 9(2): otherwise their processing is prohibited.'
  },
  'check.lawfulness.special.art6Missing.title': { de: 'Rechtsgrundlage nach Art. 6 fehlt', en: 'Art. 6(1) basis missing' },
  'check.lawfulness.special.art6Missing': {
    de: 'Für {categories} ist zusätzlich zu Art. 9 Abs. 2 bzw. Art. 10 DSGVO eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO nötig.',
    en: 'For {categories}, a legal basis under GDPR Art. 6(1) is needed in addition to Art. 9(2) or Art. 10.'
  },
  'check.lawfulness.art10.authorisationMissing.title': { de: 'Grundlage nach Art. 10 fehlt', en: 'Art. 10 authorisation missing' },
  'check.lawfulness.art10.authorisationMissing': {
    de: 'Daten über strafrechtliche Verurteilungen und Straftaten ({categories}) ohne Grundlage nach Art. 10 DSGVO: nur unter behördlicher Aufsicht oder mit einer gesetzlichen Erlaubnis mit Garantien zulässig.',
    en: 'Criminal convictions and offences data ({categories}) without a GDPR Art. 10 authorisation: allowed only under official authority or when authorised by law with safeguards.'
  },
  'check.lawfulness.basis.otherRegime.title': { de: 'Rechtsgrundlage eines anderen Regimes', en: 'Legal basis of another regime' },
  'check.lawfulness.basis.otherRegime': {
    de: 'Die Rechtsgrundlage «{code}» gehört zu keinem Regime, unter dem die Tätigkeit erfasst ist, oder ist unbekannt.',
    en: 'The legal basis "{code}" belongs to none of the regimes this activity is recorded under, or is unknown.'
  },
  'check.lawfulness.consent.records.title': { de: 'Einwilligung: Nachweis und Widerruf', en: 'Consent: records and withdrawal' },
  'check.lawfulness.consent.records': {
    de: 'Die Verarbeitung stützt sich auf eine Einwilligung: Nachweis der Einwilligungen (wer, wann, welcher Text) und einen Widerruf, der so einfach ist wie die Erteilung, sicherstellen und dokumentieren.',
    'de-CH': 'Die Bearbeitung stützt sich auf eine Einwilligung: Nachweis der Einwilligungen (wer, wann, welcher Text) und einen Widerruf, der so einfach ist wie die Erteilung, sicherstellen und dokumentieren.',
    en: 'The processing relies on consent: make sure, and document, that consents can be proven (who, when, which text) and can be withdrawn as easily as they were given.'
  },
  'check.dsg.consent.express.title': { de: 'Ausdrückliche Einwilligung dokumentieren', en: 'Document express consent' },
  'check.dsg.consent.express': {
    de: 'Einwilligung als Rechtfertigung bei besonders schützenswerten Personendaten ({categories}): Sie muss ausdrücklich erfolgen. Halten Sie in den Notizen zur Rechtsgrundlage fest, wie die ausdrückliche Einwilligung eingeholt wird.',
    en: 'Consent is relied on for sensitive personal data ({categories}): it must be express. Record in the legal-basis notes how express consent is obtained.'
  },
  'check.dsg.sensitive.disclosure.title': { de: 'Bekanntgabe besonders schützenswerter Daten ohne Rechtfertigung', en: 'Sensitive data disclosed without justification' },
  'check.dsg.sensitive.disclosure': {
    de: 'Besonders schützenswerte Personendaten ({categories}) werden Dritten bekanntgegeben ({recipients}), aber es ist kein Rechtfertigungsgrund nach Art. 31 DSG erfasst. Eine solche Bekanntgabe verletzt die Persönlichkeit, wenn sie nicht gerechtfertigt ist.',
    en: 'Sensitive personal data ({categories}) are disclosed to third parties ({recipients}), but no justification under DSG Art. 31 is recorded. Such a disclosure violates personality rights unless it is justified.'
  },

  // ----- Transfers abroad -----
  'check.transfer.mechanism.missing.title': { de: 'Übermittlungsgrundlage fehlt', en: 'Transfer mechanism missing' },
  'check.transfer.mechanism.missing': {
    de: 'Übermittlung Nr. {position} nach {country} ({regime}, Empfänger: {recipient}) ohne Garantie oder Ausnahme: Das Land bietet für dieses Regime kein angemessenes Schutzniveau.',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} ({regime}, Empfänger: {recipient}) ohne Garantie oder Ausnahme: Das Land bietet für dieses Regime keinen angemessenen Schutz.',
    en: 'Transfer no. {position} to {country} ({regime}, recipient: {recipient}) has no safeguard or derogation: the country is not adequate under this regime.'
  },
  'check.transfer.mechanism.adequacyUnnamed.title': { de: 'Angemessenheit nicht als Grundlage erfasst', en: 'Adequacy not recorded as mechanism' },
  'check.transfer.mechanism.adequacyUnnamed': {
    de: 'Übermittlung Nr. {position} nach {country} ({regime}): Das Land ist angemessen, erfassen Sie {code} als Grundlage.',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} ({regime}): Das Land ist angemessen, erfassen Sie {code} als Grundlage.',
    en: 'Transfer no. {position} to {country} ({regime}): the country is adequate; record {code} as the mechanism.'
  },
  'check.transfer.mechanism.wrongRegime.title': { de: 'Grundlage des falschen Regimes', en: 'Mechanism of the wrong regime' },
  'check.transfer.mechanism.wrongRegime': {
    de: 'Übermittlung Nr. {position} nach {country} ist unter {regime} erfasst, aber die Grundlage {mechanism} gehört nicht zu diesem Regime (oder ist unbekannt).',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} ist unter {regime} erfasst, aber die Grundlage {mechanism} gehört nicht zu diesem Regime (oder ist unbekannt).',
    en: 'Transfer no. {position} to {country} is recorded under {regime}, but the mechanism {mechanism} does not belong to that regime (or is unknown).'
  },
  'check.transfer.adequacy.notListed.title': { de: 'Land nicht auf der Angemessenheitsliste', en: 'Country not on the adequacy list' },
  'check.transfer.adequacy.notListed': {
    de: 'Übermittlung Nr. {position}: {mechanism} ist erfasst, aber {country} steht nicht auf der Angemessenheitsliste für {regime}. Eine Garantie oder Ausnahme ist nötig.',
    'de-CH': 'Bekanntgabe Nr. {position}: {mechanism} ist erfasst, aber {country} steht nicht auf der Angemessenheitsliste für {regime}. Eine Garantie oder Ausnahme ist nötig.',
    en: 'Transfer no. {position}: {mechanism} is recorded, but {country} is not on the adequacy list for {regime}. A safeguard or derogation is needed.'
  },
  'check.transfer.adequacy.dpfMissing.title': { de: 'Empfänger nicht DPF-zertifiziert', en: 'Recipient not DPF-certified' },
  'check.transfer.adequacy.dpfMissing': {
    de: 'Übermittlung Nr. {position} an {recipient} ({country}, {regime}): {mechanism} gilt für die USA nur bei einer Zertifizierung unter dem Data Privacy Framework dieses Regimes (EU-U.S. bzw. Swiss-U.S. DPF), die beim Empfänger nicht erfasst ist.',
    'de-CH': 'Bekanntgabe Nr. {position} an {recipient} ({country}, {regime}): {mechanism} gilt für die USA nur bei einer Zertifizierung unter dem Data Privacy Framework dieses Regimes (EU-U.S. bzw. Swiss-U.S. DPF), die beim Empfänger nicht erfasst ist.',
    en: 'Transfer no. {position} to {recipient} ({country}, {regime}): {mechanism} covers the United States only for recipients certified under that regime\'s Data Privacy Framework (EU-U.S. or Swiss-U.S. DPF), which is not recorded for this recipient.'
  },
  'check.transfer.adequacy.partial.title': { de: 'Angemessenheit nur für einen Teilbereich', en: 'Adequacy covers part of the country only' },
  'check.transfer.adequacy.partial': {
    de: 'Übermittlung Nr. {position} nach {country} ({regime}): Die Angemessenheit gilt nur für einen Teil der Rechtsordnung (z. B. den Privatsektor). Prüfen Sie, ob {recipient} darunter fällt.',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} ({regime}): Die Angemessenheit gilt nur für einen Teil der Rechtsordnung (z. B. den Privatsektor). Prüfen Sie, ob {recipient} darunter fällt.',
    en: 'Transfer no. {position} to {country} ({regime}): adequacy covers only part of the legal order (e.g. the private sector). Check that {recipient} falls under it.'
  },
  'check.transfer.derogation.regular.title': { de: 'Ausnahme für regelmäßige Übermittlung', 'de-CH': 'Ausnahme für regelmässige Bekanntgabe', en: 'Derogation used for a regular transfer' },
  'check.transfer.derogation.regular': {
    de: 'Übermittlung Nr. {position} nach {country} stützt sich auf die Ausnahme {mechanism}. Ausnahmen gelten nur für bestimmte, gelegentliche Fälle; eine im Verzeichnis erfasste, regelmäßige Übermittlung braucht eine Garantie.',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} stützt sich auf die Ausnahme {mechanism}. Ausnahmen gelten nur für bestimmte, gelegentliche Fälle; eine im Verzeichnis erfasste, regelmässige Bekanntgabe braucht eine Garantie.',
    en: 'Transfer no. {position} to {country} relies on the derogation {mechanism}. Derogations are for specific, occasional situations; a regular transfer recorded in the record needs a safeguard.'
  },
  'check.transfer.assessment.undocumented.title': { de: 'Beurteilung nach Art. 49 Abs. 6 fehlt', en: 'Art. 49(6) assessment not documented' },
  'check.transfer.assessment.undocumented': {
    de: 'Übermittlung Nr. {position} nach {country} stützt sich auf {mechanism} (zwingende berechtigte Interessen). Beurteilung und Garantien müssen im Verzeichnis dokumentiert sein; Aufsichtsbehörde und betroffene Person sind zu informieren.',
    en: 'Transfer no. {position} to {country} relies on {mechanism} (compelling legitimate interests). The assessment and the safeguards must be documented in the record; the supervisory authority and the data subject must be informed.'
  },
  'check.transfer.regime.outOfScope.title': { de: 'Übermittlung unter nicht anwendbarem Regime', 'de-CH': 'Bekanntgabe unter nicht anwendbarem Regime', en: 'Transfer under a regime that does not apply' },
  'check.transfer.regime.outOfScope': {
    de: 'Übermittlung Nr. {position} nach {country} ist unter {regime} erfasst, die Tätigkeit aber nicht. Regime der Übermittlung oder der Tätigkeit korrigieren.',
    'de-CH': 'Bekanntgabe Nr. {position} nach {country} ist unter {regime} erfasst, die Tätigkeit aber nicht. Regime der Bekanntgabe oder der Tätigkeit korrigieren.',
    en: 'Transfer no. {position} to {country} is recorded under {regime}, but the activity is not. Correct the regime of the transfer or of the activity.'
  },
  'check.transfer.notAbroad.title': { de: 'Keine Übermittlung ins Ausland', 'de-CH': 'Keine Bekanntgabe ins Ausland', en: 'Not a transfer abroad' },
  'check.transfer.notAbroad': {
    de: 'Übermittlung Nr. {position}: {country} ist für {regime} kein Drittland. Der Eintrag ist nicht nötig.',
    'de-CH': 'Bekanntgabe Nr. {position}: {country} ist für {regime} kein Ausland im Sinne der Bekanntgabe-Regeln. Der Eintrag ist nicht nötig.',
    en: 'Transfer no. {position}: {country} is not a third country under {regime}. The entry is not needed.'
  },
  'check.transfer.recipient.countryMismatch.title': { de: 'Land weicht vom Empfänger ab', en: 'Country differs from the recipient' },
  'check.transfer.recipient.countryMismatch': {
    de: 'Übermittlung Nr. {position} geht nach {country}, beim Empfänger {recipient} ist aber {recipientCountry} erfasst. Prüfen Sie, wo die Daten tatsächlich hingehen.',
    'de-CH': 'Bekanntgabe Nr. {position} geht nach {country}, beim Empfänger {recipient} ist aber {recipientCountry} erfasst. Prüfen Sie, wo die Daten tatsächlich hingehen.',
    en: 'Transfer no. {position} goes to {country}, but {recipientCountry} is recorded for the recipient {recipient}. Check where the data actually go.'
  },
  'check.transfer.recipient.unrecorded.title': { de: 'Empfänger im Ausland ohne Übermittlung', 'de-CH': 'Empfänger im Ausland ohne Bekanntgabe', en: 'Recipient abroad without a transfer' },
  'check.transfer.recipient.unrecorded': {
    de: 'Der Empfänger {recipient} sitzt in {country}, einem Drittland für {regime}, aber es ist keine Übermittlung an ihn unter {regime} erfasst.',
    'de-CH': 'Der Empfänger {recipient} sitzt in {country}, für {regime} im Ausland, aber es ist keine Bekanntgabe an ihn unter {regime} erfasst.',
    en: 'The recipient {recipient} is in {country}, a third country under {regime}, but no transfer to it is recorded under {regime}.'
  },
  'check.transfer.hosting.unrecorded.title': { de: 'Hosting im Ausland ohne Übermittlung', 'de-CH': 'Hosting im Ausland ohne Bekanntgabe', en: 'Hosting abroad without a transfer' },
  'check.transfer.hosting.unrecorded': {
    de: 'Das System {system} wird in {country} betrieben, einem Drittland für {regime}, aber die Tätigkeit erfasst keine Übermittlung dorthin unter {regime}.',
    'de-CH': 'Das System {system} wird in {country} betrieben, für {regime} im Ausland, aber die Tätigkeit erfasst keine Bekanntgabe dorthin unter {regime}.',
    en: 'The system {system} is hosted in {country}, a third country under {regime}, but the activity records no transfer there under {regime}.'
  },

  // ----- Recipients -----
  'check.recipient.dpa.missing.title': { de: 'Auftragsverarbeitungsvertrag fehlt', 'de-CH': 'Auftragsbearbeitungsvertrag fehlt', en: 'Processing agreement missing' },
  'check.recipient.dpa.missing': {
    de: 'Der Empfänger ist Auftragsverarbeiter, aber der Vertrag zur Auftragsverarbeitung ist nicht unterzeichnet (Status: {status}).',
    'de-CH': 'Der Empfänger ist Auftragsbearbeiter, aber der Vertrag zur Auftragsbearbeitung ist nicht unterzeichnet (Status: {status}).',
    en: 'The recipient is a processor, but the data processing agreement is not signed (status: {status}).'
  },
  'check.recipient.dpa.notRequired.title': { de: 'Auftragsverarbeiter ohne Vertragspflicht erfasst', 'de-CH': 'Auftragsbearbeiter ohne Vertragspflicht erfasst', en: 'Processor marked as needing no agreement' },
  'check.recipient.dpa.notRequired': {
    de: 'Ein Auftragsverarbeiter braucht immer einen Vertrag (oder ein anderes Rechtsinstrument) zur Auftragsverarbeitung; «nicht erforderlich» passt nicht zur Art des Empfängers.',
    'de-CH': 'Ein Auftragsbearbeiter braucht immer einen Vertrag (oder eine gesetzliche Grundlage) zur Auftragsbearbeitung; «nicht erforderlich» passt nicht zur Art des Empfängers.',
    en: 'A processor always needs a contract (or other legal act) governing the processing; "not required" does not fit this kind of recipient.'
  },
  'check.recipient.country.missing.title': { de: 'Land des Empfängers fehlt', en: 'Recipient country missing' },
  'check.recipient.country.missing': {
    de: 'Für diesen externen Empfänger ist kein Land erfasst. Ohne Land lässt sich nicht prüfen, ob eine Übermittlung ins Ausland vorliegt.',
    'de-CH': 'Für diesen externen Empfänger ist kein Land erfasst. Ohne Land lässt sich nicht prüfen, ob eine Bekanntgabe ins Ausland vorliegt.',
    en: 'No country is recorded for this external recipient. Without it, nobody can tell whether disclosing data to it is a transfer abroad.'
  },

  // ----- Systems -----
  'check.system.owner.missing.title': { de: 'Verantwortliche Stelle fehlt', en: 'Owner missing' },
  'check.system.owner.missing': {
    de: 'Für das System ist keine verantwortliche Person oder Stelle erfasst, die für Betrieb und Schutzmaßnahmen einsteht.',
    'de-CH': 'Für das System ist keine verantwortliche Person oder Stelle erfasst, die für Betrieb und Schutzmassnahmen einsteht.',
    en: 'No person or unit is recorded as responsible for running the system and its protective measures.'
  },
  'check.system.hosting.missing.title': { de: 'Hosting-Land fehlt', en: 'Hosting country missing' },
  'check.system.hosting.missing': {
    de: 'Für das System ist kein Hosting-Land erfasst. Ohne Land lässt sich nicht prüfen, ob Daten ins Ausland übermittelt werden.',
    'de-CH': 'Für das System ist kein Hosting-Land erfasst. Ohne Land lässt sich nicht prüfen, ob Daten ins Ausland bekanntgegeben werden.',
    en: 'No hosting country is recorded for the system. Without it, nobody can tell whether data are transferred abroad.'
  },
  'check.system.vendor.noDpa.title': { de: 'Anbieter ohne Auftragsverarbeitungsvertrag', 'de-CH': 'Anbieter ohne Auftragsbearbeitungsvertrag', en: 'Vendor without a processing agreement' },
  'check.system.vendor.noDpa': {
    de: 'Der Anbieter {vendor} ist Auftragsverarbeiter, aber der Vertrag zur Auftragsverarbeitung ist nicht unterzeichnet (Status: {status}).',
    'de-CH': 'Der Anbieter {vendor} ist Auftragsbearbeiter, aber der Vertrag zur Auftragsbearbeitung ist nicht unterzeichnet (Status: {status}).',
    en: 'The vendor {vendor} is a processor, but the data processing agreement is not signed (status: {status}).'
  },

  // ----- TOMs and links -----
  'check.tom.notImplemented.title': { de: 'Verknüpfte Maßnahme nicht umgesetzt', 'de-CH': 'Verknüpfte Massnahme nicht umgesetzt', en: 'Linked measure not implemented' },
  'check.tom.notImplemented': {
    de: 'Die Maßnahme {tom} ({tomRef}) ist verknüpft, aber noch nicht umgesetzt (Status: {status}). Das Verzeichnis beschreibt damit einen Schutz, der noch nicht besteht.',
    'de-CH': 'Die Massnahme {tom} ({tomRef}) ist verknüpft, aber noch nicht umgesetzt (Status: {status}). Das Verzeichnis beschreibt damit einen Schutz, der noch nicht besteht.',
    en: 'The measure {tom} ({tomRef}) is linked but not implemented yet (status: {status}). The record thus describes protection that does not exist yet.'
  },
  'check.tom.evidence.missing.title': { de: 'Nachweis fehlt', en: 'Evidence missing' },
  'check.tom.evidence.missing': {
    de: 'Die Maßnahme ist als umgesetzt erfasst, aber ohne Nachweis (Richtlinie, Protokoll, Bericht), mit dem sich die Umsetzung belegen lässt.',
    'de-CH': 'Die Massnahme ist als umgesetzt erfasst, aber ohne Nachweis (Richtlinie, Protokoll, Bericht), mit dem sich die Umsetzung belegen lässt.',
    en: 'The measure is recorded as implemented but without evidence (policy, log, report) that shows it.'
  },
  'check.tom.review.overdue.title': { de: 'Überprüfung der Maßnahme überfällig', 'de-CH': 'Überprüfung der Massnahme überfällig', en: 'Measure review overdue' },
  'check.tom.review.overdue': {
    de: 'Die Überprüfung der Maßnahme war für den {date} geplant und ist überfällig.',
    'de-CH': 'Die Überprüfung der Massnahme war für den {date} geplant und ist überfällig.',
    en: 'The review of the measure was due on {date} and is overdue.'
  },
  'check.link.archived.title': { de: 'Verknüpfung mit archiviertem Eintrag', en: 'Link to an archived entry' },
  'check.link.archived': {
    de: 'Verknüpft ist {target} ({targetRef}), der Eintrag ist aber archiviert. Verknüpfung entfernen oder Eintrag wiederherstellen.',
    en: 'This links to {target} ({targetRef}), which is archived. Remove the link or restore the entry.'
  },

  // ----- DPIA -----
  'check.dpia.required.unassessed.title': { de: 'DSFA wahrscheinlich erforderlich', en: 'DPIA likely required' },
  'check.dpia.required.unassessed': {
    de: 'Die Vorprüfung nennt {criteria}. Damit ist eine Datenschutz-Folgenabschätzung in der Regel erforderlich: Ergebnis auf «erforderlich» setzen oder begründen, warum keine nötig ist.',
    en: 'The screening names {criteria}. A data protection impact assessment is then usually required: set the result to "required" or document why none is needed.'
  },
  'check.dpia.required.undocumented.title': { de: 'Erforderliche DSFA nicht dokumentiert', en: 'Required DPIA not documented' },
  'check.dpia.required.undocumented': {
    de: 'Die Vorprüfung ergibt, dass eine DSFA erforderlich ist, aber es ist keine durchgeführte DSFA vermerkt. Verweisen Sie in der Begründung auf die DSFA (Datum, Dokument).',
    en: 'The screening finds a DPIA required, but no DPIA carried out is referenced. Refer to the DPIA (date, document) in the justification.'
  },
  'check.dpia.largeScaleSensitive.title': { de: 'Umfangreiche Verarbeitung sensibler Daten', 'de-CH': 'Umfangreiche Bearbeitung besonders schützenswerter Daten', en: 'Large-scale processing of sensitive data' },
  'check.dpia.largeScaleSensitive': {
    de: 'Die Vorprüfung nennt eine umfangreiche Verarbeitung (WP248-Kriterium 5) von {categories}. Das ist ein Regelfall der DSFA ({case}); in der Vorprüfung vermerken.',
    'de-CH': 'Die Vorprüfung nennt eine umfangreiche Bearbeitung (WP248-Kriterium 5) von {categories}. Das ist ein Regelfall der DSFA ({case}); in der Vorprüfung vermerken.',
    en: 'The screening names large-scale processing (WP248 criterion 5) of {categories}. That is a listed DPIA case ({case}); mark it in the screening.'
  },
  'check.dpia.screening.missing.title': { de: 'DSFA-Vorprüfung fehlt', en: 'DPIA screening missing' },
  'check.dpia.screening.missing': {
    de: 'Die Tätigkeit betrifft besondere Kategorien personenbezogener Daten ({categories}), aber es ist keine DSFA-Vorprüfung dokumentiert (WP248-Kriterien, Regelfälle, Ergebnis).',
    'de-CH': 'Die Tätigkeit betrifft besonders schützenswerte Personendaten ({categories}), aber es ist keine DSFA-Vorprüfung dokumentiert (WP248-Kriterien, Regelfälle, Ergebnis).',
    en: 'The activity involves special categories or sensitive personal data ({categories}), but no DPIA screening is documented (WP248 criteria, listed cases, result).'
  },

  // ----- Reviews and approvals -----
  'check.activity.review.overdue.title': { de: 'Überprüfung überfällig', en: 'Review overdue' },
  'check.activity.review.overdue': {
    de: 'Die Überprüfung dieser Verarbeitungstätigkeit war für den {date} geplant und ist überfällig.',
    'de-CH': 'Die Überprüfung dieser Bearbeitungstätigkeit war für den {date} geplant und ist überfällig.',
    en: 'The review of this processing activity was due on {date} and is overdue.'
  },
  'check.processorActivity.review.overdue.title': { de: 'Überprüfung überfällig', en: 'Review overdue' },
  'check.processorActivity.review.overdue': {
    de: 'Die Überprüfung dieser Auftragsverarbeitung war für den {date} geplant und ist überfällig.',
    'de-CH': 'Die Überprüfung dieser Auftragsbearbeitung war für den {date} geplant und ist überfällig.',
    en: 'The review of this processor activity was due on {date} and is overdue.'
  },
  'check.activity.approval.incomplete.title': { de: 'Freigabe unvollständig', en: 'Approval incomplete' },
  'check.activity.approval.incomplete': {
    de: 'Die Tätigkeit ist als freigegeben markiert, aber Datum oder freigebende Person fehlen.',
    en: 'The activity is marked as approved, but the date or the approver is missing.'
  },
  'check.activity.approval.stale.title': { de: 'Nach der Freigabe geändert', en: 'Changed after approval' },
  'check.activity.approval.stale': {
    de: 'Die Tätigkeit wurde nach ihrer Freigabe vom {date} inhaltlich geändert ({fields}). Erneut prüfen und freigeben lassen.',
    en: 'The activity was changed after its approval of {date} ({fields}). Have it reviewed and approved again.'
  },

  // ----- Data categories -----
  'check.dataCategory.unused.title': { de: 'Datenkategorie ungenutzt', en: 'Data category unused' },
  'check.dataCategory.unused': {
    de: 'Keine aktuelle Verarbeitungstätigkeit verknüpft diese Datenkategorie. Verknüpfen oder archivieren.',
    'de-CH': 'Keine aktuelle Bearbeitungstätigkeit verknüpft diese Datenkategorie. Verknüpfen oder archivieren.',
    en: 'No current processing activity links this data category. Link it or archive it.'
  },
  'check.dataCategory.dsgClause.missing.title': { de: 'Nicht als besonders schützenswert markiert', en: 'Not marked as sensitive under the DSG' },
  'check.dataCategory.dsgClause.missing': {
    de: 'Die Kategorie ist nach Art. 9 oder 10 DSGVO besonders geschützt, aber keine Ziffer nach Art. 5 lit. c DSG ist erfasst. Solche Daten sind auch nach DSG besonders schützenswert.',
    en: 'The category is special under GDPR Art. 9 or 10, but no clause of DSG Art. 5 lit. c is recorded. Such data are sensitive under the DSG too.'
  },
  'check.dataCategory.gdprSpecial.check.title': { de: 'Einstufung nach DSGVO prüfen', en: 'Check the GDPR classification' },
  'check.dataCategory.gdprSpecial.check': {
    de: 'Die Kategorie ist nach Art. 5 lit. c Ziff. {clause} DSG besonders schützenswert, nach DSGVO aber nicht als besondere Kategorie (Art. 9) oder Strafdaten (Art. 10) erfasst. Einstufung prüfen; die Listen decken sich nicht ganz.',
    en: 'The category is sensitive under DSG Art. 5 lit. c no. {clause}, but not recorded as a special category (Art. 9) or criminal data (Art. 10) under the GDPR. Check the classification; the two lists do not match exactly.'
  },

  // ----- Organisation -----
  'check.org.exemption.gdpr.title': { de: 'Verzeichnis trotz weniger als 250 Beschäftigten nötig', en: 'Record required despite fewer than 250 employees' },
  'check.org.exemption.gdpr': {
    de: 'Weniger als 250 Beschäftigte ({headcount}), aber die Ausnahme greift nicht, denn jeder Auslöser genügt: nicht nur gelegentliche Verarbeitung (erfasste Tätigkeiten: {regular}), besondere Kategorien oder Strafdaten (Tätigkeiten: {special}). Das Verzeichnis ist zu führen.',
    'de-CH': 'Weniger als 250 Beschäftigte ({headcount}), aber die Ausnahme greift nicht, denn jeder Auslöser genügt: nicht nur gelegentliche Bearbeitung (erfasste Tätigkeiten: {regular}), besondere Kategorien oder Strafdaten (Tätigkeiten: {special}). Das Verzeichnis ist zu führen.',
    en: 'Fewer than 250 employees ({headcount}), but the exemption does not apply, as any one trigger suffices: processing that is not occasional (recorded activities: {regular}), special categories or criminal data (activities: {special}). The record must be kept.'
  },
  'check.org.exemption.dsg.title': { de: 'Verzeichnis trotz weniger als 250 Beschäftigten nötig', en: 'Record required despite fewer than 250 employees' },
  'check.org.exemption.dsg': {
    de: 'Weniger als 250 Beschäftigte ({headcount}, maßgeblich ist der 1. Januar), aber die Ausnahme nach DSV Art. 24 entfällt: umfangreiche Bearbeitung besonders schützenswerter Personendaten (Tätigkeiten: {sensitive}), Profiling mit hohem Risiko (Tätigkeiten: {profiling}). Das Verzeichnis ist zu führen.',
    'de-CH': 'Weniger als 250 Beschäftigte ({headcount}, massgebend ist der 1. Januar), aber die Ausnahme nach DSV Art. 24 entfällt: umfangreiche Bearbeitung besonders schützenswerter Personendaten (Tätigkeiten: {sensitive}), Profiling mit hohem Risiko (Tätigkeiten: {profiling}). Das Verzeichnis ist zu führen.',
    en: 'Fewer than 250 employees ({headcount}, as of 1 January), but the exemption of DSV Art. 24 does not apply: large-scale processing of sensitive personal data (activities: {sensitive}), high-risk profiling (activities: {profiling}). The record must be kept.'
  },
  'check.org.exemption.dsgApplies.title': { de: 'Ausnahme nach DSV Art. 24 möglich', en: 'DSV Art. 24 exemption may apply' },
  'check.org.exemption.dsgApplies': {
    de: 'Mit {headcount} Beschäftigten (maßgeblich ist der 1. Januar) und ohne umfangreiche Bearbeitung besonders schützenswerter Personendaten oder Profiling mit hohem Risiko ist das Verzeichnis nach DSG freiwillig. Es bleibt als Nachweis und für die Informationspflichten nützlich.',
    'de-CH': 'Mit {headcount} Beschäftigten (massgebend ist der 1. Januar) und ohne umfangreiche Bearbeitung besonders schützenswerter Personendaten oder Profiling mit hohem Risiko ist das Verzeichnis nach DSG freiwillig. Es bleibt als Nachweis und für die Informationspflichten nützlich.',
    en: 'With {headcount} employees (as of 1 January) and neither large-scale processing of sensitive personal data nor high-risk profiling, the record is voluntary under the DSG. It remains useful as evidence and for the duty to inform.'
  },
  'check.org.headcount.missing.title': { de: 'Beschäftigtenzahl fehlt', en: 'Headcount missing' },
  'check.org.headcount.missing': {
    de: 'Ohne die Zahl der Beschäftigten lässt sich die Ausnahme für Unternehmen mit weniger als 250 Beschäftigten nicht beurteilen.',
    en: 'Without the number of employees, the exemption for organisations with fewer than 250 employees cannot be assessed.'
  },
  'check.org.contact.missing.title': { de: 'Kontaktdaten des Verantwortlichen fehlen', en: 'Controller contact details missing' },
  'check.org.contact.missing': {
    de: 'Das Verzeichnis muss Name und Kontaktdaten des Verantwortlichen nennen; erfasst ist keine Adresse, E-Mail oder Telefonnummer.',
    en: 'The record must give the name and contact details of the controller; no address, e-mail or phone number is recorded.'
  },
  'check.org.representative.missing.title': { de: 'Vertreter in der Union fehlt', en: 'EU representative missing' },
  'check.org.representative.missing': {
    de: 'Die Organisation sitzt in {country}, außerhalb des EWR, und untersteht der DSGVO. Ein Vertreter in der Union ist zu benennen, ausser bei nur gelegentlicher Verarbeitung ohne umfangreiche besondere Kategorien und mit voraussichtlich geringem Risiko (Art. 27 Abs. 2).',
    'de-CH': 'Die Organisation sitzt in {country}, ausserhalb des EWR, und untersteht der DSGVO. Ein Vertreter in der Union ist zu benennen, ausser bei nur gelegentlicher Bearbeitung ohne umfangreiche besondere Kategorien und mit voraussichtlich geringem Risiko (Art. 27 Abs. 2 DSGVO).',
    en: 'The organisation is in {country}, outside the EEA, and subject to the GDPR. It must designate a representative in the Union unless the processing is occasional, excludes large-scale special categories and is unlikely to result in a risk (Art. 27(2)).'
  },

  // ----- `dpo check` (the command line) -----
  'cli.cmd.check': { de: 'Konsistenzprüfung des Verzeichnisses', en: 'Check the record for consistency' },
  'cli.cmd.check.details': {
    de: 'Prüft den Arbeitsbereich mit denselben Regeln wie die App (DSGVO Art. 30, DSG Art. 12 und die Regeln dazu) und listet die offenen Befunde. Ändert nichts. Exit-Code 1, wenn ein offener Befund mindestens den Schweregrad von --fail-on hat; bestätigte Befunde zählen nicht. Mit --json das Dokument nach docs/schemas/check-report.schema.json.',
    en: 'Checks the workspace with the same rules as the app (GDPR Art. 30, FADP Art. 12 and the rules around them) and lists the open findings. Changes nothing. Exit code 1 when an open finding is at least as severe as --fail-on; acknowledged findings do not count. With --json the document described by docs/schemas/check-report.schema.json.'
  },
  'cli.opt.failOn': { de: 'Ab diesem Schweregrad endet dpo mit Code 1 (Standard: error)', en: 'Exit with code 1 from this severity on (default: error)' },
  'cli.opt.today': { de: 'Stichtag für Überprüfungsdaten (Standard: heute)', en: 'Day review dates are compared with (default: today)' },
  'cli.check.error': { de: 'FEHLER  ', en: 'ERROR   ' },
  'cli.check.warning': { de: 'WARNUNG ', en: 'WARNING ' },
  'cli.check.info': { de: 'HINWEIS ', en: 'INFO    ' },
  'cli.check.none': { de: 'Keine offenen Befunde (Stichtag {today}).', en: 'No open findings (as of {today}).' },
  'cli.check.summary': {
    de: 'Offen: {error} Fehler, {warning} Warnungen, {info} Hinweise; bestätigt: {acknowledged} (Stichtag {today}).',
    en: 'Open: {error} errors, {warning} warnings, {info} notes; acknowledged: {acknowledged} (as of {today}).'
  }
} as const satisfies Messages
