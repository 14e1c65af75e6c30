import type { z } from 'zod'
import type {
  ActivityInput,
  DataCategoryInput,
  DataSubjectInput,
  Organisation,
  ProcessorActivityInput,
  RecipientInput,
  RetentionRule,
  SystemInput,
  TomInput,
  Transfer
} from '../../shared/model'

/*
 * The demo workspace: "Helvetia Shop AG", a fictional Swiss online retailer (household goods and
 * outdoor gear) in Zürich with ~120 employees, a customer portal and customers in CH, DE and AT.
 * It is subject to the revDSG and, through GDPR Art. 3(2)(a) (goods offered to people in the Union),
 * to the GDPR; it has an EU representative in Munich (GDPR Art. 27) and an external data
 * protection advisor (DSG Art. 10), designated as DPO for the GDPR (Art. 37(6)).
 *
 * Scoping decision shown on purpose: HR processing (payroll, time, applicants, health, video,
 * whistleblowing, suppliers) concerns people in Switzerland and is recorded under the revDSG only
 * (`regimes: ['revdsg']`); customer-facing processing is recorded under both regimes.
 * All names, addresses and domains are fictional (`.example`, RFC 2606).
 *
 * DELIBERATE GAPS for the consistency checks (everything else is meant to be consistent):
 *  1. "Produktbewertungen" (product reviews) has no retention rule at all.
 *  2. The recipient "Wachtmeister Sicherheitstechnik AG" (remote maintenance of the warehouse video
 *     system, a processor) has no processing agreement: dpaStatus 'missing'.
 *  3. The TOM "Mehr-Faktor-Authentifizierung für Kundenkonten" is only 'planned', yet the customer
 *     portal activity and the portal system reference it.
 *  4. "CloudReach Inc." (US CRM / e-mail marketing) is certified under the EU-U.S. DPF but NOT under
 *     the Swiss-U.S. DPF. The CRM activity correctly uses EU-ADQ (GDPR) + CH-SCC (revDSG); the
 *     newsletter activity wrongly records CH-ADQ for the revDSG transfer to the US.
 *  5. Review dates in the past on a few activities and TOMs ("review overdue"); some TOMs are
 *     'in_progress' (access recertification, test/production separation, deletion runs).
 * Dates are relative to the day the demo is built, so the picture stays the same over the years.
 */

// ---------------------------------------------------------------------------------------------
// Types: the model's input types, with symbolic keys instead of ids for the links.

export type DemoOrganisation = z.input<typeof Organisation>
export type DemoDataSubject = z.input<typeof DataSubjectInput>
export type DemoDataCategory = z.input<typeof DataCategoryInput>
export type DemoRecipient = z.input<typeof RecipientInput>
export type DemoTom = z.input<typeof TomInput>

/** The key types the links may use; the defaults accept any string, the builder narrows them. */
export interface DemoKeys {
  dataSubject: string
  dataCategory: string
  recipient: string
  system: string
  tom: string
}

export type DemoSystem<K extends DemoKeys = DemoKeys> = Omit<z.input<typeof SystemInput>, 'vendorId' | 'tomIds'> & {
  vendor: K['recipient'] | null
  toms: K['tom'][]
}

export type DemoTransfer<K extends DemoKeys = DemoKeys> = Omit<z.input<typeof Transfer>, 'recipientId'> & {
  recipient: K['recipient'] | null
}

export type DemoRetention<K extends DemoKeys = DemoKeys> = Omit<z.input<typeof RetentionRule>, 'dataCategoryId'> & {
  dataCategory: K['dataCategory'] | null
}

export type DemoActivity<K extends DemoKeys = DemoKeys> = Omit<
  z.input<typeof ActivityInput>,
  'dataSubjectIds' | 'dataCategoryIds' | 'recipientIds' | 'systemIds' | 'tomIds' | 'transfers' | 'retention'
> & {
  dataSubjects: K['dataSubject'][]
  dataCategories: K['dataCategory'][]
  recipients: K['recipient'][]
  systems: K['system'][]
  toms: K['tom'][]
  transfers?: DemoTransfer<K>[]
  retention?: DemoRetention<K>[]
}

export type DemoProcessorActivity<K extends DemoKeys = DemoKeys> = Omit<
  z.input<typeof ProcessorActivityInput>,
  'subProcessorIds' | 'systemIds' | 'tomIds' | 'transfers'
> & {
  subProcessors: K['recipient'][]
  systems: K['system'][]
  toms: K['tom'][]
  transfers?: DemoTransfer<K>[]
}

export interface DemoData {
  organisation: DemoOrganisation
  /** Key → entity, in creation order (refs BP-0001 … follow it). */
  dataSubjects: Record<string, DemoDataSubject>
  dataCategories: Record<string, DemoDataCategory>
  recipients: Record<string, DemoRecipient>
  toms: Record<string, DemoTom>
  systems: Record<string, DemoSystem>
  activities: DemoActivity[]
  processorActivities: DemoProcessorActivity[]
}

// ---------------------------------------------------------------------------------------------

/** A YYYY-MM-DD date `months` months from `today` (day clamped to 1–28 so every month has it). */
function monthsFrom(today: Date, months: number, day: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, Math.min(Math.max(day, 1), 28)))
  return d.toISOString().slice(0, 10)
}

export function buildDemoData(today: Date = new Date()): DemoData {
  const at = (months: number, day = 15): string => monthsFrom(today, months, day)

  const organisation: DemoOrganisation = {
    name: 'Helvetia Shop AG',
    address: 'Hardturmstrasse 161\n8005 Zürich\nSchweiz',
    country: 'CH',
    contact: {
      name: 'Daniela Meier, CEO',
      address: 'Helvetia Shop AG, Hardturmstrasse 161, 8005 Zürich',
      email: 'datenschutz@helvetia-shop.example',
      phone: '+41 44 000 12 00'
    },
    representative: {
      name: 'EuRep Datenschutzvertretung GmbH (Vertreter in der Union gemäss Art. 27 DSGVO)',
      address: 'Maximiliansplatz 12, 80333 München, Deutschland',
      email: 'helvetia-shop@eurep.example',
      phone: '+49 89 000 45 60'
    },
    dpo: {
      name: 'Dr. Lea Brunner, DataSafe Consulting GmbH (externe Datenschutzberaterin nach Art. 10 DSG, Datenschutzbeauftragte nach Art. 37 DSGVO)',
      address: 'Seefeldstrasse 45, 8008 Zürich',
      email: 'dpo@helvetia-shop.example',
      phone: '+41 44 000 77 10'
    },
    supervisoryAuthority:
      'EDÖB, Bern; für die DSGVO ohne EU-Niederlassung kein One-Stop-Shop: zuständig sind die Aufsichtsbehörden der Mitgliedstaaten (z. B. BayLDA, DSB Österreich)',
    headcount: 120,
    regimes: ['gdpr', 'revdsg'],
    language: 'de'
  }

  // ----- Categories of data subjects (GDPR Art. 30(1)(c), DSG Art. 12 Abs. 2 lit. c) -----
  const dataSubjects = {
    customers: {
      name: 'Kundinnen und Kunden',
      description: 'Privatpersonen, die im Online-Shop bestellen (Schweiz, Deutschland, Österreich), mit oder ohne Kundenkonto.',
      catalogKey: 'customers'
    },
    prospects: {
      name: 'Interessentinnen und Interessenten',
      description: 'Personen, die Anfragen stellen oder Produktberatung wünschen, ohne (bisher) zu bestellen.',
      catalogKey: 'prospects'
    },
    portal_users: {
      name: 'Nutzerinnen und Nutzer des Kundenportals',
      description: 'Registrierte Kundinnen und Kunden mit Konto im Kundenportal «Mein Konto».',
      catalogKey: 'portal_users'
    },
    contacts_b2b: {
      name: 'Ansprechpersonen bei Geschäftskunden',
      description: 'Kontaktpersonen von Hotels, Gastronomie- und Outdoor-Betrieben, die als Geschäftskunden einkaufen.',
      catalogKey: 'contacts_b2b'
    },
    suppliers: {
      name: 'Ansprechpersonen bei Lieferanten und Dienstleistern',
      description: 'Kontaktpersonen von Herstellern, Lieferanten, Speditionen und IT-Dienstleistern, inkl. Chauffeure bei Anlieferungen.',
      catalogKey: 'suppliers'
    },
    employees: {
      name: 'Mitarbeitende',
      description: 'Rund 120 Mitarbeitende am Hauptsitz Zürich und im Logistikzentrum Dietikon.',
      vulnerable: true,
      catalogKey: 'employees',
      notes: 'Schutzbedürftig im Sinne von WP248 Kriterium 7 (Abhängigkeitsverhältnis).'
    },
    former_employees: {
      name: 'Ehemalige Mitarbeitende',
      description: 'Ausgetretene Mitarbeitende, soweit Daten wegen Aufbewahrungspflichten oder Arbeitszeugnissen weiter benötigt werden.',
      catalogKey: 'former_employees'
    },
    applicants: {
      name: 'Bewerbende',
      description: 'Personen, die sich auf eine Stelle oder Lehrstelle bewerben oder in den Talentpool aufgenommen werden.',
      vulnerable: true,
      catalogKey: 'applicants'
    },
    trainees_freelancers: {
      name: 'Lernende, Praktikanten und Freelancer',
      description: 'Lernende (Detailhandel, Logistik, KV; teilweise minderjährig), Praktikantinnen und Praktikanten sowie freie Mitarbeitende.',
      vulnerable: true,
      catalogKey: 'trainees_freelancers',
      notes: 'Minderjährige Lernende: besondere Sorgfalt bei Einwilligungen.'
    },
    dependants: {
      name: 'Angehörige von Mitarbeitenden',
      description: 'Ehepartner, eingetragene Partner und Kinder, soweit für Familienzulagen, Quellensteuer und Notfallkontakte nötig.',
      vulnerable: true,
      catalogKey: 'dependants'
    },
    website_visitors: {
      name: 'Website-Besucherinnen und -Besucher',
      description: 'Besuchende des Online-Shops und der Website, auch ohne Bestellung.',
      catalogKey: 'website_visitors'
    },
    newsletter: {
      name: 'Newsletter-Abonnentinnen und -Abonnenten',
      description: 'Personen, die den Newsletter per Double-Opt-in abonniert haben.',
      catalogKey: 'newsletter'
    },
    visitors: {
      name: 'Besucherinnen und Besucher vor Ort',
      description: 'Gäste, Handwerker und Lieferanten am Hauptsitz und im Logistikzentrum.',
      catalogKey: 'visitors'
    },
    shareholders_board: {
      name: 'Aktionärinnen, Aktionäre und Verwaltungsrat',
      description: 'Aktionariat (Aktienbuch nach OR Art. 686) und Mitglieder des Verwaltungsrats.',
      catalogKey: 'shareholders_board'
    },
    whistleblowers: {
      name: 'Hinweisgebende und in Meldungen genannte Personen',
      description: 'Personen, die über das Hinweisgebersystem Meldungen abgeben, sowie beschuldigte Personen und Zeugen.',
      notes: 'Keine Katalogkategorie; eigene Kategorie wegen der besonderen Vertraulichkeit.'
    }
  } satisfies Record<string, DemoDataSubject>

  // ----- Categories of personal data -----
  const dataCategories = {
    identity: {
      name: 'Identifikations- und Stammdaten',
      description: 'Name, Vorname, Anrede, Kundennummer; Geburtsdatum nur bei Kauf auf Rechnung und altersbeschränkten Artikeln.',
      catalogKey: 'identity'
    },
    contact: {
      name: 'Kontaktdaten',
      description: 'Rechnungs- und Lieferadresse, E-Mail-Adresse, Telefonnummer.',
      catalogKey: 'contact'
    },
    contract: {
      name: 'Vertrags- und Bestelldaten',
      description: 'Bestellungen, Warenkorb, Lieferstatus, Retouren, Garantiefälle, Verträge mit Geschäftskunden und Lieferanten.',
      catalogKey: 'contract'
    },
    payment: {
      name: 'Zahlungs- und Bankdaten',
      description: 'Zahlungsart, Zahlungsstatus, IBAN, Token der Zahlungskarte. Vollständige Kartennummern werden nur beim Zahlungsdienstleister gespeichert.',
      catalogKey: 'payment',
      owner: 'Finanzen'
    },
    billing: {
      name: 'Abrechnungs- und Buchhaltungsdaten',
      description: 'Rechnungen, Gutschriften, Mahnungen, Buchungsbelege, Kreditoren- und Debitorenkonten.',
      catalogKey: 'billing',
      owner: 'Finanzen'
    },
    communication: {
      name: 'Kommunikations- und Korrespondenzdaten',
      description: 'E-Mails, Kontaktformular, Ticket- und Chatverläufe, Gesprächsnotizen.',
      catalogKey: 'communication'
    },
    online_ids: {
      name: 'Online-Kennungen',
      description: 'IP-Adresse, Cookie-ID, Geräte- und Session-ID.',
      catalogKey: 'online_ids'
    },
    usage_logs: {
      name: 'Nutzungs- und Protokolldaten',
      description: 'Seitenaufrufe, Login-Zeitpunkte, Zugriffs- und Änderungsprotokolle der Systeme.',
      catalogKey: 'usage_logs'
    },
    location: {
      name: 'Standortdaten',
      description: 'Aus der IP-Adresse abgeleitetes Land und Region (Geolokalisierung). Keine GPS-Daten.',
      catalogKey: 'location'
    },
    images: {
      name: 'Bild- und Videodaten',
      description: 'Aufnahmen der Videoanlage im Logistikzentrum; Fotos, die Kundinnen und Kunden bei Retouren oder Bewertungen hochladen.',
      catalogKey: 'images'
    },
    hr_master: {
      name: 'Personalstammdaten',
      description: 'Personalnummer, AHV-Nummer, Funktion, Ein- und Austritt, Arbeitsvertrag, Qualifikationen, Notfallkontakt.',
      catalogKey: 'hr_master',
      owner: 'Personal (HR)'
    },
    payroll: {
      name: 'Lohn-, Sozialversicherungs- und Steuerdaten',
      description: 'Lohn, Zulagen, Beiträge an AHV/IV/EO/ALV, BVG und UVG, Quellensteuer, Familienzulagen, Bankverbindung.',
      catalogKey: 'payroll',
      owner: 'Personal (HR)'
    },
    time_records: {
      name: 'Arbeitszeitdaten',
      description: 'Kommen- und Gehen-Zeiten, Pausen, Überstunden, Ferien, Absenzen (ohne Angabe von Gründen).',
      catalogKey: 'time_records',
      owner: 'Personal (HR)'
    },
    application: {
      name: 'Bewerbungsunterlagen',
      description: 'Lebenslauf, Motivationsschreiben, Arbeitszeugnisse, Diplome, Interviewnotizen.',
      catalogKey: 'application',
      owner: 'Personal (HR)'
    },
    creditworthiness: {
      name: 'Bonitätsdaten',
      description: 'Bonitätsauskunft und Score der Auskunftei, eigene Zahlungserfahrungen, Ergebnis der Betrugsprüfung.',
      catalogKey: 'creditworthiness',
      owner: 'Finanzen'
    },
    marketing: {
      name: 'Werbepräferenzen und Einwilligungsnachweise',
      description: 'Newsletter-Einwilligung (Zeitpunkt, Textversion, Double-Opt-in), Interessen, Öffnungs- und Klickraten.',
      catalogKey: 'marketing',
      owner: 'Marketing'
    },
    health: {
      name: 'Gesundheitsdaten',
      description: 'Arztzeugnisse (Arbeitsunfähigkeit, in der Regel ohne Diagnose), Unfallmeldungen, Angaben im Case Management.',
      gdprSpecial: 'art9',
      dsgSensitiveClause: 2,
      catalogKey: 'health',
      owner: 'Personal (HR)',
      notes: 'Getrennt vom Personaldossier aufbewahrt; Zugriff nur HR-Leitung und zuständige HR-Fachperson.'
    },
    union_religion_politics: {
      name: 'Religionszugehörigkeit (Konfession für die Quellensteuer)',
      description: 'Kirchensteuerpflicht als Teil des Quellensteuer-Tarifcodes bei quellensteuerpflichtigen Mitarbeitenden.',
      gdprSpecial: 'art9',
      dsgSensitiveClause: 1,
      catalogKey: 'union_religion_politics',
      owner: 'Personal (HR)'
    },
    biometric: {
      name: 'Biometrische Daten',
      description: 'Fingerabdruck-Template an den Zeiterfassungsterminals im Logistikzentrum (freiwillig; Alternative: Badge).',
      gdprSpecial: 'art9',
      dsgSensitiveClause: 4,
      catalogKey: 'biometric',
      owner: 'Personal (HR)',
      notes: 'Nur das Template wird gespeichert, lokal im Terminal, kein Rohbild.'
    },
    criminal: {
      name: 'Strafregisterdaten',
      description: 'Privatauszug aus dem Strafregister bei Bewerbungen für Vertrauensfunktionen; Angaben zu möglichen Straftaten in Hinweisen.',
      gdprSpecial: 'art10',
      dsgSensitiveClause: 5,
      catalogKey: 'criminal',
      owner: 'Personal (HR)'
    },
    social_assistance: {
      name: 'Daten zu Massnahmen der sozialen Hilfe',
      description: 'Lohnabtretungen an Sozialdienste, Mitteilungen von Sozialbehörden.',
      gdprSpecial: 'none',
      dsgSensitiveClause: 6,
      catalogKey: 'social_assistance',
      owner: 'Personal (HR)',
      notes: 'Nach DSG Art. 5 lit. c Ziff. 6 besonders schützenswert; nach DSGVO keine besondere Kategorie.'
    }
  } satisfies Record<string, DemoDataCategory>

  // ----- Recipients -----
  const recipients = {
    int_hr: {
      name: 'Personalabteilung (HR)',
      kind: 'internal',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Interne Stelle; Zugriff nach Rollenkonzept.',
      owner: 'Personal (HR)'
    },
    int_finance: {
      name: 'Finanzen und Buchhaltung',
      kind: 'internal',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Interne Stelle; Debitoren, Kreditoren, Lohnbuchhaltung (Auszahlung).',
      owner: 'Finanzen'
    },
    int_cs: {
      name: 'Kundendienst',
      kind: 'internal',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Interne Stelle; Anfragen, Retouren und Reklamationen.',
      owner: 'Kundendienst'
    },
    int_it: {
      name: 'Informatik (IT)',
      kind: 'internal',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Interne Stelle; Betrieb, Benutzerverwaltung und First-Level-Support.',
      owner: 'Informatik (IT)'
    },
    int_logistics: {
      name: 'Logistikzentrum Dietikon (Leitung)',
      kind: 'internal',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Interne Stelle; Lagerleitung und Sicherheitsverantwortliche.',
      owner: 'Logistik'
    },
    us_crm: {
      name: 'CloudReach Inc.',
      kind: 'processor',
      country: 'US',
      contact: {
        name: 'CloudReach Privacy Office',
        address: '500 Market Street, San Francisco, CA 94105, USA',
        email: 'privacy@cloudreach-crm.example',
        phone: ''
      },
      dpaStatus: 'signed',
      dpaDate: at(-20, 3),
      dpfCertifiedEu: true,
      dpfCertifiedCh: false,
      description: 'Cloud-CRM, Service- und E-Mail-Marketing-Plattform (SaaS) mit Rechenzentren in den USA.',
      owner: 'Verkauf B2B',
      notes:
        'Zertifizierung unter dem EU-U.S. Data Privacy Framework im DPF-Verzeichnis geprüft; unter dem Swiss-U.S. DPF NICHT zertifiziert. Für Übermittlungen aus der Schweiz sind deshalb die EU-Standardvertragsklauseln mit Schweizer Anpassungen nötig (im Vertrag enthalten).'
    },
    ch_hosting: {
      name: 'Alpstream Hosting AG',
      kind: 'processor',
      country: 'CH',
      contact: { name: 'Datenschutz Alpstream', address: 'Industriestrasse 21, 8152 Glattbrugg', email: 'privacy@alpstream.example', phone: '+41 44 000 30 30' },
      dpaStatus: 'signed',
      dpaDate: at(-30, 10),
      description: 'Hosting (IaaS und Managed Services) für Online-Shop, Kundenportal, ERP, Web-Analyse und Backup; Rechenzentren in Glattbrugg und Bern.',
      owner: 'Informatik (IT)'
    },
    de_logistics: {
      name: 'Rheinfracht Logistik GmbH',
      kind: 'processor',
      country: 'DE',
      contact: { name: 'Datenschutzbeauftragter Rheinfracht', address: 'Hafenweg 8, 79576 Weil am Rhein, Deutschland', email: 'datenschutz@rheinfracht.example', phone: '+49 7621 000 880' },
      dpaStatus: 'signed',
      dpaDate: at(-26, 1),
      description: 'Fulfilment-Lager, Versand und Retourenzentrum für Sendungen nach Deutschland und Österreich, inkl. Verzollung.',
      owner: 'Logistik'
    },
    ch_carrier: {
      name: 'Alpenexpress Paketdienst AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Paketzustellung in der Schweiz; für die Zustellung eigenständig verantwortlich.',
      owner: 'Logistik'
    },
    psp: {
      name: 'PayAlp Payments AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Zahlungsdienstleister (Kredit- und Debitkarten, TWINT, Rechnung); als Finanzintermediär eigenständig verantwortlich (Geldwäschereigesetz).',
      owner: 'Finanzen'
    },
    in_support: {
      name: 'Kaveri IT Services Pvt. Ltd.',
      kind: 'processor',
      country: 'IN',
      contact: { name: 'Data Protection Officer', address: 'Outer Ring Road, Bengaluru 560103, Indien', email: 'dpo@kaveri-it.example', phone: '' },
      dpaStatus: 'signed',
      dpaDate: at(-14, 20),
      description: 'Second-Level-Support und Fernwartung für Shop, Kundenportal und ERP ausserhalb der Schweizer Bürozeiten.',
      owner: 'Informatik (IT)',
      notes: 'EU-Standardvertragsklauseln 2021 (Modul 2) mit Schweizer Anpassungen; Transfer Impact Assessment vom ' + at(-14, 10) + '.'
    },
    credit: {
      name: 'Crediscope AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Wirtschaftsauskunftei: Identitäts- und Bonitätsprüfung für Kauf auf Rechnung (CH, DE, AT).',
      owner: 'Finanzen'
    },
    auditor: {
      name: 'Limmat Revision AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Gesetzliche Revisionsstelle (OR Art. 727 ff.); an das Revisionsgeheimnis gebunden.',
      owner: 'Finanzen'
    },
    bank: {
      name: 'Bank Seefeld AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Hausbank: Zahlungsverkehr, Lohnzahlungen, Lieferantenzahlungen.',
      owner: 'Finanzen'
    },
    tax: {
      name: 'Steuerbehörden (ESTV, Kantonales Steueramt Zürich)',
      kind: 'authority',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Mehrwertsteuer, Quellensteuer, Lohnausweise; Bekanntgabe aufgrund gesetzlicher Pflichten.',
      owner: 'Finanzen'
    },
    social_ins: {
      name: 'Sozialversicherungen (AHV-Ausgleichskasse, Familienausgleichskasse, Pensionskasse)',
      kind: 'authority',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Abrechnung der Sozialversicherungsbeiträge und Familienzulagen aufgrund gesetzlicher Pflichten.',
      owner: 'Personal (HR)'
    },
    insurer: {
      name: 'Vita Assekuranz AG',
      kind: 'controller',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Unfall- (UVG) und Krankentaggeldversicherer; Case Management bei längerer Arbeitsunfähigkeit.',
      owner: 'Personal (HR)'
    },
    police: {
      name: 'Strafverfolgungsbehörden (Kantonspolizei Zürich, Staatsanwaltschaft)',
      kind: 'authority',
      country: 'CH',
      dpaStatus: 'not_required',
      description: 'Nur im Einzelfall: Videoaufnahmen bei Diebstahl oder Einbruch, Anzeigen aus dem Hinweisgebersystem.',
      owner: 'Geschäftsleitung'
    },
    persosoft: {
      name: 'PersoSoft AG',
      kind: 'processor',
      country: 'CH',
      contact: { name: 'Datenschutz PersoSoft', address: 'Bahnhofplatz 3, 6300 Zug', email: 'datenschutz@persosoft.example', phone: '+41 41 000 55 00' },
      dpaStatus: 'signed',
      dpaDate: at(-40, 12),
      description: 'HR-, Lohn- und Zeiterfassungssoftware als SaaS, Hosting in der Schweiz.',
      owner: 'Personal (HR)'
    },
    nimbus: {
      name: 'Nimbus Workplace Ltd.',
      kind: 'processor',
      country: 'IE',
      contact: { name: 'EU Privacy Team', address: 'Grand Canal Square 1, Dublin 2, Irland', email: 'privacy@nimbus-workplace.example', phone: '' },
      dpaStatus: 'signed',
      dpaDate: at(-36, 5),
      description: 'E-Mail, Kalender, Office und Dateiablage (SaaS); Datenhaltung in Irland und den Niederlanden.',
      owner: 'Informatik (IT)'
    },
    bewerbio: {
      name: 'Bewerbio GmbH',
      kind: 'processor',
      country: 'DE',
      contact: { name: 'Datenschutzbeauftragte Bewerbio', address: 'Torstrasse 140, 10119 Berlin, Deutschland', email: 'datenschutz@bewerbio.example', phone: '' },
      dpaStatus: 'signed',
      dpaDate: at(-18, 8),
      description: 'Bewerbermanagement-Software (SaaS) mit Karriereseite; Rechenzentrum in Frankfurt am Main.',
      owner: 'Personal (HR)'
    },
    supportly: {
      name: 'Supportly B.V.',
      kind: 'processor',
      country: 'NL',
      contact: { name: 'Privacy Team', address: 'Keizersgracht 100, 1015 CV Amsterdam, Niederlande', email: 'privacy@supportly.example', phone: '' },
      dpaStatus: 'signed',
      dpaDate: at(-22, 14),
      description: 'Helpdesk- und Ticketsystem (SaaS) für den Kundendienst; Hosting in den Niederlanden.',
      owner: 'Kundendienst'
    },
    clarivox: {
      name: 'Clarivox GmbH',
      kind: 'processor',
      country: 'AT',
      contact: { name: 'Datenschutz Clarivox', address: 'Praterstrasse 31, 1020 Wien, Österreich', email: 'datenschutz@clarivox.example', phone: '' },
      dpaStatus: 'signed',
      dpaDate: at(-11, 2),
      description: 'Hinweisgebersystem (SaaS) mit anonymer Meldemöglichkeit; Ende-zu-Ende-verschlüsselt, Hosting in Österreich.',
      owner: 'Compliance'
    },
    wachtmeister: {
      name: 'Wachtmeister Sicherheitstechnik AG',
      kind: 'processor',
      country: 'CH',
      contact: { name: 'Kundendienst', address: 'Riedstrasse 5, 8953 Dietikon', email: 'service@wachtmeister.example', phone: '+41 44 000 90 90' },
      dpaStatus: 'missing',
      description: 'Installation und Fernwartung der Videoanlage im Logistikzentrum; technisch Fernzugriff auf Aufnahmen möglich.',
      owner: 'Logistik',
      notes: 'Nur Werkvertrag und Wartungsvertrag vorhanden; Auftragsbearbeitungsvertrag fehlt noch.'
    }
  } satisfies Record<string, DemoRecipient>

  // ----- Technical and organisational measures -----
  const toms = {
    badge: {
      name: 'Badge-Zutrittssystem und Besucherregelung',
      description: 'Zutritt zu Büro und Logistikzentrum nur mit persönlichem Badge; Besucher werden angemeldet, erhalten einen Besucherausweis und werden begleitet.',
      controlAreas: ['ca-zutritt'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-b'],
      status: 'implemented',
      owner: 'Facility Management',
      evidence: 'Badge-Register und Zutrittsprotokolle; Besucherreglement.',
      reviewDate: at(7, 1)
    },
    server_room: {
      name: 'Gesicherter Serverraum (Brandmelder, USV, Klimatisierung)',
      description: 'Serverräume am Hauptsitz und in Dietikon abgeschlossen, Zutritt nur IT-Administratoren, Brandmelde- und Löschanlage, unterbrechungsfreie Stromversorgung.',
      controlAreas: ['ca-zutritt', 'ca-verfuegbarkeit'],
      sdmGoals: ['sdm-availability', 'sdm-confidentiality'],
      art32: ['b', 'c'],
      dsvControls: ['dsv-3-1-b', 'dsv-3-2-e'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Wartungsprotokolle USV und Brandmeldeanlage.'
    },
    accounts: {
      name: 'Persönliche Benutzerkonten, Passwortrichtlinie und Bildschirmsperre',
      description: 'Keine Sammelkonten; Passphrasen mit mindestens 12 Zeichen, Kontosperre nach Fehlversuchen, automatische Bildschirmsperre nach 5 Minuten, Clean-Desk-Regel.',
      controlAreas: ['ca-zugang'],
      sdmGoals: ['sdm-confidentiality', 'sdm-integrity'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-c'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Gruppenrichtlinien im Verzeichnisdienst; IT-Benutzerreglement.'
    },
    mfa_staff: {
      name: 'Mehr-Faktor-Authentifizierung für Mitarbeitende und Fernzugriff',
      description: 'MFA für E-Mail, CRM, HR-Software, VPN und alle Administrationszugänge.',
      controlAreas: ['ca-zugang'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-c'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'MFA-Abdeckungsbericht des Identity Providers (100 % der aktiven Konten).'
    },
    mfa_portal: {
      name: 'Mehr-Faktor-Authentifizierung für Kundenkonten',
      description: 'Optionale MFA (TOTP/Passkey) für Kundinnen und Kunden im Kundenportal, risikobasiert erzwungen bei neuen Geräten.',
      controlAreas: ['ca-zugang'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-c'],
      status: 'planned',
      owner: 'E-Commerce',
      notes: 'Im Release-Plan für das nächste Quartal; bisher nur Passwort und Login-Benachrichtigung.'
    },
    rbac: {
      name: 'Rollen- und Berechtigungskonzept (Need-to-know)',
      description: 'Berechtigungen nach Rollen (Kundendienst, Buchhaltung, HR, Administration); Maskierung von Zahlungs- und Ausweisdaten für den Kundendienst.',
      controlAreas: ['ca-zugriff'],
      sdmGoals: ['sdm-confidentiality', 'sdm-minimisation'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-a'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Berechtigungskonzept v3.2; Rollenmatrix je System.'
    },
    recert: {
      name: 'Halbjährliche Rezertifizierung der Zugriffsrechte',
      description: 'Die Vorgesetzten bestätigen halbjährlich die Berechtigungen ihrer Mitarbeitenden; nicht bestätigte Rechte werden entzogen.',
      controlAreas: ['ca-zugriff'],
      sdmGoals: ['sdm-confidentiality', 'sdm-transparency'],
      art32: ['b', 'd'],
      dsvControls: ['dsv-3-1-a'],
      status: 'in_progress',
      owner: 'Informatik (IT)',
      evidence: 'Erste Runde für ERP und HR-Software abgeschlossen; CRM und Fileserver folgen.',
      reviewDate: at(-1, 30)
    },
    jml: {
      name: 'Eintritts-, Wechsel- und Austrittsprozess für Berechtigungen',
      description: 'Rechte werden nur auf Antrag der vorgesetzten Person vergeben, bei Funktionswechsel angepasst und am Austrittstag entzogen.',
      controlAreas: ['ca-zugriff', 'ca-zugang'],
      sdmGoals: ['sdm-confidentiality', 'sdm-integrity'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-a', 'dsv-3-1-c'],
      status: 'implemented',
      owner: 'Personal (HR)',
      evidence: 'Austritts-Checkliste mit Quittierung durch die IT.'
    },
    privileged: {
      name: 'Privilegierte Zugänge und Fernwartung',
      description: 'Administrations- und Dienstleisterzugriffe nur über Jump-Host mit MFA, zeitlich begrenzt freigeschaltet und vollständig protokolliert.',
      controlAreas: ['ca-zugang', 'ca-zugriff', 'ca-eingabe'],
      sdmGoals: ['sdm-confidentiality', 'sdm-integrity', 'sdm-transparency'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-c', 'dsv-3-3-a'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Sitzungsprotokolle des Jump-Hosts; Freigabeprozess im Ticketsystem.'
    },
    tls: {
      name: 'Transportverschlüsselung (TLS 1.2 oder höher, HSTS)',
      description: 'Alle Web-, API- und Schnittstellenverbindungen verschlüsselt; unsichere Protokolle deaktiviert.',
      controlAreas: ['ca-weitergabe'],
      sdmGoals: ['sdm-confidentiality', 'sdm-integrity'],
      art32: ['a'],
      dsvControls: ['dsv-3-2-c'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Externer TLS-Scan mit Bewertung A+.'
    },
    mail_encryption: {
      name: 'E-Mail-Verschlüsselung',
      description: 'TLS für den Mailverkehr erzwungen; vertrauliche HR- und Gesundheitsdokumente nur verschlüsselt (S/MIME oder sichere Zustellplattform).',
      controlAreas: ['ca-weitergabe'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['a'],
      dsvControls: ['dsv-3-2-c', 'dsv-3-3-b'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Mail-Gateway-Konfiguration; HR-Weisung zur Übermittlung vertraulicher Dokumente.'
    },
    encryption_rest: {
      name: 'Verschlüsselung gespeicherter Daten',
      description: 'Datenbanken, Notebooks, mobile Datenträger und Backups sind verschlüsselt; Schlüssel getrennt verwaltet.',
      controlAreas: ['ca-zugriff', 'ca-weitergabe'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['a'],
      dsvControls: ['dsv-3-2-a', 'dsv-3-2-b'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Compliance-Bericht des Geräteverwaltungssystems; Hosting-Vertrag Anhang TOM.'
    },
    logging: {
      name: 'Protokollierung von Zugriffen und Änderungen',
      description: 'Anmeldungen, Administrationsaktionen und Zugriffe auf Kundendaten werden zentral und manipulationsgeschützt protokolliert; Aufbewahrung 12 Monate.',
      controlAreas: ['ca-eingabe'],
      sdmGoals: ['sdm-integrity', 'sdm-transparency'],
      art32: ['b', 'd'],
      dsvControls: ['dsv-3-3-a'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'SIEM-Konfiguration; Log-Richtlinie.'
    },
    pseudonymisation: {
      name: 'IP-Kürzung und Pseudonymisierung in der Web-Analyse',
      description: 'IP-Adressen werden vor der Speicherung um zwei Bytes gekürzt; Besuchs-IDs pseudonym, keine Verknüpfung mit Kundenkonten.',
      controlAreas: ['ca-trennung'],
      sdmGoals: ['sdm-minimisation', 'sdm-unlinkability'],
      art32: ['a'],
      dsvControls: ['dsv-3-2-b'],
      status: 'implemented',
      owner: 'E-Commerce',
      evidence: 'Matomo-Konfiguration (Privacy-Einstellungen), Screenshot vom ' + at(-5, 12) + '.'
    },
    test_separation: {
      name: 'Trennung von Test- und Produktivumgebung',
      description: 'Test- und Entwicklungsumgebungen arbeiten mit synthetischen oder pseudonymisierten Daten statt mit Echtdaten.',
      controlAreas: ['ca-trennung'],
      sdmGoals: ['sdm-unlinkability', 'sdm-minimisation'],
      art32: ['b'],
      dsvControls: ['dsv-3-2-b'],
      status: 'in_progress',
      owner: 'E-Commerce',
      evidence: 'Shop-Testumgebung umgestellt; ERP-Testsystem enthält noch Produktivkopien.'
    },
    tenant_separation: {
      name: 'Mandantentrennung im Fulfilment',
      description: 'Daten der Partnershops werden im ERP je Mandant getrennt gespeichert; Mitarbeitende sehen nur die Mandanten, für die sie eingeteilt sind.',
      controlAreas: ['ca-trennung', 'ca-zugriff'],
      sdmGoals: ['sdm-unlinkability', 'sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-a'],
      status: 'implemented',
      owner: 'Logistik',
      evidence: 'Mandantenkonzept ERP; jährlicher Test durch die IT.'
    },
    backup: {
      name: 'Backup-Konzept mit Wiederherstellungstests',
      description: 'Tägliche verschlüsselte Sicherung nach der 3-2-1-Regel mit Offsite-Kopie am Zweitstandort Bern; Wiederherstellungstest pro Quartal.',
      controlAreas: ['ca-verfuegbarkeit'],
      sdmGoals: ['sdm-availability', 'sdm-integrity'],
      art32: ['c'],
      dsvControls: ['dsv-3-2-d', 'dsv-3-2-e'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Restore-Testprotokolle; RPO 24 h, RTO 8 h für Shop und ERP.',
      reviewDate: at(-3, 31)
    },
    malware: {
      name: 'Endpoint-Schutz und E-Mail-Filter',
      description: 'Malware-Schutz mit zentraler Überwachung auf allen Endgeräten und Servern; Filter gegen Phishing und schädliche Anhänge.',
      controlAreas: ['ca-verfuegbarkeit'],
      sdmGoals: ['sdm-availability', 'sdm-integrity'],
      art32: ['b'],
      dsvControls: ['dsv-3-2-f', 'dsv-3-3-c'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Monatlicher Bericht des Endpoint-Schutzes.'
    },
    patching: {
      name: 'Patch- und Schwachstellenmanagement',
      description: 'Kritische Sicherheitsupdates innert 14 Tagen, übrige monatlich; wöchentlicher Schwachstellenscan der öffentlich erreichbaren Systeme.',
      controlAreas: ['ca-verfuegbarkeit'],
      sdmGoals: ['sdm-integrity', 'sdm-availability'],
      art32: ['b', 'd'],
      dsvControls: ['dsv-3-2-f'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Patch-Reports; Scan-Berichte.'
    },
    pentest: {
      name: 'Jährlicher Penetrationstest von Shop und Kundenportal',
      description: 'Externer Penetrationstest einmal jährlich und nach grösseren Releases; Befunde werden mit Fristen nachverfolgt.',
      controlAreas: [],
      sdmGoals: ['sdm-integrity', 'sdm-confidentiality'],
      art32: ['d'],
      dsvControls: ['dsv-3-2-f', 'dsv-3-3-c'],
      status: 'implemented',
      owner: 'Informatik (IT)',
      evidence: 'Pentest-Bericht vom ' + at(-10, 20) + '; alle kritischen Befunde behoben.',
      reviewDate: at(2, 20)
    },
    processor_management: {
      name: 'Auftragsbearbeitungsverträge und Dienstleisterprüfung',
      description: 'Vor der Beauftragung: Prüfung der TOM, Vertrag nach Art. 28 DSGVO / Art. 9 DSG, Genehmigung von Unterauftragsbearbeitern; jährliche Überprüfung der Nachweise.',
      controlAreas: ['ca-auftrag'],
      sdmGoals: ['sdm-transparency'],
      art32: ['d'],
      dsvControls: ['dsv-3-3-b'],
      status: 'implemented',
      owner: 'Compliance',
      evidence: 'Vertragsregister; Prüfberichte und Zertifikate der Dienstleister (ISO 27001, SOC 2).'
    },
    training: {
      name: 'Datenschutz- und Sicherheitsschulung',
      description: 'Pflichtschulung beim Eintritt und jährlich für alle Mitarbeitenden, mit Phishing-Simulation; Geheimhaltungserklärung.',
      controlAreas: [],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-3-c'],
      status: 'implemented',
      owner: 'Compliance',
      evidence: 'Schulungsnachweise im Lernportal (Quote 96 %).',
      reviewDate: at(4, 1)
    },
    incident: {
      name: 'Prozess für Sicherheitsvorfälle und Datenschutzverletzungen',
      description: 'Meldestelle, Bewertung durch die Datenschutzberaterin, Meldung an den EDÖB (Art. 24 DSG) bzw. innert 72 Stunden an die zuständige EU-Aufsichtsbehörde (Art. 33 DSGVO), Dokumentation aller Vorfälle.',
      controlAreas: [],
      sdmGoals: ['sdm-intervenability', 'sdm-transparency'],
      art32: ['b', 'd'],
      dsvControls: ['dsv-3-3-c'],
      status: 'implemented',
      owner: 'Compliance',
      evidence: 'Incident-Weisung; Vorfallregister; Übung vom ' + at(-6, 9) + '.'
    },
    deletion: {
      name: 'Löschkonzept mit automatisierten Löschläufen',
      description: 'Löschfristen je Datenkategorie; monatliche automatisierte Löschläufe im Shop, Kundenportal und CRM; Sperrung statt Löschung bei gesetzlichen Aufbewahrungspflichten.',
      controlAreas: [],
      sdmGoals: ['sdm-minimisation', 'sdm-intervenability'],
      art32: [],
      dsvControls: [],
      status: 'in_progress',
      owner: 'Compliance',
      evidence: 'Löschläufe für Shop und Kundenportal aktiv; CRM folgt.'
    },
    dsr: {
      name: 'Prozess für Anfragen betroffener Personen',
      description: 'Auskunft, Berichtigung, Löschung, Datenherausgabe und Widerspruch über ein zentrales Postfach; Fristen: 30 Tage (DSG) bzw. ein Monat (DSGVO).',
      controlAreas: [],
      sdmGoals: ['sdm-intervenability', 'sdm-transparency'],
      art32: [],
      dsvControls: [],
      status: 'implemented',
      owner: 'Compliance',
      evidence: 'Prozessbeschreibung und Register der Anfragen.',
      reviewDate: at(-2, 15)
    },
    video_rules: {
      name: 'Reglement Videoüberwachung',
      description: 'Hinweisschilder an allen Zugängen; Kameras nur auf Ein- und Ausgänge, Rampen und Hochregallager gerichtet, keine Pausen- und Aufenthaltsräume; automatisches Überschreiben nach 72 Stunden; Auswertung nur im Vier-Augen-Prinzip bei Vorfällen.',
      controlAreas: ['ca-zugriff'],
      sdmGoals: ['sdm-minimisation', 'sdm-transparency'],
      art32: ['b'],
      dsvControls: ['dsv-3-1-a', 'dsv-3-3-b'],
      status: 'implemented',
      owner: 'Logistik',
      evidence: 'Reglement Videoüberwachung, von der Personalkommission zur Kenntnis genommen.'
    },
    disposal: {
      name: 'Sichere Vernichtung von Datenträgern und Akten',
      description: 'Datenträger und Akten werden über einen zertifizierten Entsorger vernichtet; Vernichtungsprotokolle werden aufbewahrt.',
      controlAreas: ['ca-zugriff'],
      sdmGoals: ['sdm-confidentiality'],
      art32: ['b'],
      dsvControls: ['dsv-3-2-a'],
      status: 'implemented',
      owner: 'Facility Management',
      evidence: 'Vernichtungsprotokolle.'
    }
  } satisfies Record<string, DemoTom>

  /** Systems link only recipients and TOMs; activities may link everything. */
  type SystemKeys = Omit<DemoKeys, 'recipient' | 'tom'> & { recipient: keyof typeof recipients; tom: keyof typeof toms }

  // ----- Systems -----
  const systems = {
    shop: {
      name: 'Online-Shop',
      kind: 'application',
      description: 'Shop-Plattform für CH, DE und AT mit Warenkorb, Checkout, Produktbewertungen und Anbindung an Zahlungsdienstleister und ERP.',
      vendor: 'ch_hosting',
      hostingCountry: 'CH',
      hostingLocation: 'Rechenzentrum Glattbrugg ZH',
      owner: 'E-Commerce',
      toms: ['tls', 'encryption_rest', 'patching', 'pentest', 'backup', 'logging', 'rbac', 'test_separation']
    },
    portal: {
      name: 'Kundenportal «Mein Konto»',
      kind: 'application',
      description: 'Kundenkonto mit Bestellübersicht, Adressen, Retourenanmeldung, Newsletter-Einstellungen, Datenexport und Löschantrag.',
      vendor: 'ch_hosting',
      hostingCountry: 'CH',
      hostingLocation: 'Rechenzentrum Glattbrugg ZH',
      owner: 'E-Commerce',
      toms: ['tls', 'encryption_rest', 'pentest', 'mfa_portal', 'logging', 'rbac']
    },
    erp: {
      name: 'ERP (Warenwirtschaft, Fakturierung, Finanzbuchhaltung)',
      kind: 'application',
      description: 'Aufträge, Lager, Fakturierung, Debitoren/Kreditoren und Finanzbuchhaltung; Mandanten für die Partnershops im Fulfilment.',
      vendor: 'ch_hosting',
      hostingCountry: 'CH',
      hostingLocation: 'Private Cloud, Rechenzentrum Glattbrugg ZH',
      owner: 'Finanzen',
      toms: ['rbac', 'logging', 'backup', 'encryption_rest', 'privileged', 'tenant_separation', 'test_separation']
    },
    crm: {
      name: 'CloudReach CRM und Marketing Cloud',
      kind: 'service',
      description: 'CRM für Geschäftskunden und Versand des Newsletters (SaaS).',
      vendor: 'us_crm',
      hostingCountry: 'US',
      hostingLocation: 'Rechenzentren in den USA (Virginia, Oregon)',
      owner: 'Verkauf B2B',
      toms: ['mfa_staff', 'tls', 'rbac', 'processor_management']
    },
    office: {
      name: 'Nimbus Workplace (E-Mail, Kalender, Office)',
      kind: 'service',
      description: 'E-Mail, Kalender, Office-Anwendungen und persönliche Dateiablage.',
      vendor: 'nimbus',
      hostingCountry: 'IE',
      hostingLocation: 'Rechenzentren Dublin und Amsterdam',
      owner: 'Informatik (IT)',
      toms: ['mfa_staff', 'mail_encryption', 'malware', 'tls']
    },
    hr: {
      name: 'PersoSoft HR, Lohn und Zeit',
      kind: 'service',
      description: 'Personaldossier, Lohnbuchhaltung und Zeiterfassung; Terminals mit Badge oder Fingerabdruck im Logistikzentrum.',
      vendor: 'persosoft',
      hostingCountry: 'CH',
      hostingLocation: 'Rechenzentrum Zug',
      owner: 'Personal (HR)',
      toms: ['rbac', 'mfa_staff', 'encryption_rest', 'tls', 'jml']
    },
    ats: {
      name: 'Bewerbio Bewerbermanagement',
      kind: 'service',
      description: 'Stellenausschreibungen, Karriereseite, Bewerbungseingang und Auswahlprozess.',
      vendor: 'bewerbio',
      hostingCountry: 'DE',
      hostingLocation: 'Rechenzentrum Frankfurt am Main',
      owner: 'Personal (HR)',
      toms: ['rbac', 'tls', 'processor_management']
    },
    helpdesk: {
      name: 'Supportly Helpdesk (Ticketsystem)',
      kind: 'service',
      description: 'Kundenanfragen per E-Mail, Kontaktformular und Chat; Retourenfälle.',
      vendor: 'supportly',
      hostingCountry: 'NL',
      hostingLocation: 'Rechenzentrum Amsterdam',
      owner: 'Kundendienst',
      toms: ['rbac', 'tls', 'processor_management']
    },
    analytics: {
      name: 'Matomo Web-Analyse (selbst gehostet)',
      kind: 'application',
      description: 'Reichweitenmessung für Shop und Website auf eigener Instanz; keine Weitergabe an Dritte.',
      vendor: 'ch_hosting',
      hostingCountry: 'CH',
      hostingLocation: 'Rechenzentrum Glattbrugg ZH',
      owner: 'E-Commerce',
      toms: ['pseudonymisation', 'tls', 'encryption_rest']
    },
    video: {
      name: 'Videoanlage Logistikzentrum Dietikon',
      kind: 'infrastructure',
      description: '14 Kameras an Zugängen, Rampen und im Hochregallager; Netzwerk-Videorekorder im Serverraum Dietikon.',
      vendor: 'wachtmeister',
      hostingCountry: 'CH',
      hostingLocation: 'Serverraum Logistikzentrum Dietikon (vor Ort)',
      owner: 'Logistik',
      toms: ['server_room', 'video_rules', 'privileged', 'badge']
    },
    backup: {
      name: 'Backup und Archiv',
      kind: 'infrastructure',
      description: 'Zentrale Datensicherung aller Server und SaaS-Exporte; revisionssicheres Archiv für Buchhaltungsbelege.',
      vendor: 'ch_hosting',
      hostingCountry: 'CH',
      hostingLocation: 'Zweitstandort Bern',
      owner: 'Informatik (IT)',
      toms: ['backup', 'encryption_rest', 'server_room']
    },
    fileserver: {
      name: 'Fileserver (Abteilungslaufwerke)',
      kind: 'infrastructure',
      description: 'Abteilungslaufwerke für Finanzen, HR (separates, verschlüsseltes Laufwerk), Einkauf und Logistik.',
      vendor: null,
      hostingCountry: 'CH',
      hostingLocation: 'Serverraum Hauptsitz Zürich',
      owner: 'Informatik (IT)',
      toms: ['rbac', 'backup', 'server_room', 'malware', 'recert']
    },
    whistleblowing: {
      name: 'Clarivox Hinweisgebersystem',
      kind: 'service',
      description: 'Webbasiertes Meldeportal mit anonymem Postfach für Rückfragen.',
      vendor: 'clarivox',
      hostingCountry: 'AT',
      hostingLocation: 'Rechenzentrum Wien',
      owner: 'Compliance',
      toms: ['encryption_rest', 'tls', 'rbac']
    }
  } satisfies Record<string, DemoSystem<SystemKeys>>

  type K = {
    dataSubject: keyof typeof dataSubjects
    dataCategory: keyof typeof dataCategories
    recipient: keyof typeof recipients
    system: keyof typeof systems
    tom: keyof typeof toms
  }

  const approvedByCeo = 'Daniela Meier (CEO)'
  const approvedByCfo = 'Thomas Keller (CFO)'
  const approvedByHr = 'Sandra Vogel (Leiterin Personal)'

  // ----- Processing activities (controller record) -----
  const activities: DemoActivity<K>[] = [
    {
      name: 'Bestellabwicklung im Online-Shop',
      description: 'Von der Bestellung über die Rechnung bis zur Gewährleistung, für Kundinnen und Kunden in der Schweiz, Deutschland und Österreich.',
      purposes: [
        'Annahme, Bestätigung und Abwicklung von Bestellungen',
        'Rechnungsstellung und Erfüllung gesetzlicher Aufbewahrungspflichten',
        'Bearbeitung von Gewährleistungs- und Garantiefällen'
      ],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-c', 'dsg-31-2-a', 'dsg-31-1-law'],
      legalBasisNotes: 'Vertragserfüllung; Aufbewahrung der Buchungsbelege gestützt auf OR Art. 958f.',
      dataSubjects: ['customers', 'portal_users'],
      dataCategories: ['identity', 'contact', 'contract', 'payment', 'billing', 'communication'],
      recipients: ['int_cs', 'int_finance', 'ch_hosting', 'de_logistics', 'psp'],
      transfers: [
        {
          recipient: 'de_logistics',
          country: 'DE',
          mechanism: 'CH-ADQ',
          regime: 'revdsg',
          notes: 'Versand an Kundinnen und Kunden in der EU über das Lager in Weil am Rhein; Deutschland ist in Anhang 1 DSV aufgeführt.'
        }
      ],
      retention: [
        {
          dataCategory: 'contract',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Lieferung',
          criteria: 'Ende der Gewährleistungsfrist; buchungsrelevante Teile werden als Beleg archiviert.',
          deletionProcedure: 'Monatlicher automatischer Löschlauf im Shop; Anonymisierung der Bestellstatistik.',
          legalReference: 'OR Art. 210; BGB § 438'
        },
        {
          dataCategory: 'billing',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Gesetzliche Aufbewahrungspflicht für Buchungsbelege.',
          deletionProcedure: 'Jährliche Löschung im Archiv nach Freigabe durch Finanzen.',
          legalReference: 'OR Art. 958f'
        },
        {
          dataCategory: 'payment',
          period: { amount: 18, unit: 'months' },
          startEvent: 'Zahlungseingang',
          criteria: 'Ablauf der Rückbuchungsfristen der Kartenorganisationen.',
          deletionProcedure: 'Token und Zahlungsreferenzen werden automatisch gelöscht.',
          legalReference: ''
        },
        {
          dataCategory: 'communication',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Lieferung',
          criteria: 'Wie Bestelldaten.',
          deletionProcedure: 'Automatischer Löschlauf.',
          legalReference: ''
        }
      ],
      systems: ['shop', 'erp', 'portal'],
      toms: ['tls', 'encryption_rest', 'rbac', 'logging', 'backup', 'patching', 'pentest', 'processor_management', 'incident'],
      tomSummary:
        'Hosting in der Schweiz mit verschlüsselter Speicherung, TLS, Rollenkonzept mit Maskierung der Zahlungsdaten, Protokollierung, tägliche Backups, jährlicher Penetrationstest.',
      dpia: { wp248: [], result: 'not_required', justification: 'Keine WP248-Kriterien erfüllt; übliche Vertragsabwicklung.', screenedAt: at(-9, 5) },
      owner: 'E-Commerce',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-9, 12),
      reviewDate: at(3, 12)
    },
    {
      name: 'Kundenkonten im Kundenportal «Mein Konto»',
      description: 'Registrierung, Anmeldung und Selbstverwaltung des Kundenkontos.',
      purposes: [
        'Bereitstellung eines Kundenkontos mit Bestellübersicht und gespeicherten Adressen',
        'Selbstbedienung: Retourenanmeldung, Datenexport, Änderung der Einwilligungen und Löschantrag',
        'Schutz der Konten vor Missbrauch (Login-Benachrichtigung, Sperre nach Fehlversuchen)'
      ],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-f', 'dsg-31-2-a'],
      legalBasisNotes: 'Vertrag über die Nutzung des Kundenkontos; Missbrauchsschutz als berechtigtes Interesse.',
      dataSubjects: ['portal_users', 'customers'],
      dataCategories: ['identity', 'contact', 'contract', 'online_ids', 'usage_logs'],
      recipients: ['int_cs', 'int_it', 'ch_hosting'],
      retention: [
        {
          dataCategory: 'identity',
          period: null,
          criteria: 'Bis zur Löschung des Kontos durch die Kundin oder den Kunden, spätestens nach 24 Monaten Inaktivität (mit Vorankündigung per E-Mail).',
          startEvent: 'Letzte Anmeldung',
          deletionProcedure: 'Automatischer Löschlauf; Bestellungen bleiben gemäss Bestellabwicklung erhalten.',
          legalReference: ''
        },
        {
          dataCategory: 'contact',
          period: null,
          criteria: 'Wie Kontodaten.',
          startEvent: 'Letzte Anmeldung',
          deletionProcedure: 'Automatischer Löschlauf.',
          legalReference: ''
        },
        {
          dataCategory: 'usage_logs',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Erfassung',
          criteria: 'Login- und Sicherheitsprotokolle.',
          deletionProcedure: 'Rotierende Löschung im Log-Management.',
          legalReference: ''
        },
        {
          dataCategory: 'online_ids',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Erfassung',
          criteria: 'Geräteerkennung für Login-Benachrichtigungen.',
          deletionProcedure: 'Rotierende Löschung.',
          legalReference: ''
        }
      ],
      systems: ['portal', 'shop'],
      toms: ['mfa_portal', 'tls', 'encryption_rest', 'logging', 'pentest', 'rbac', 'dsr', 'deletion', 'incident'],
      tomSummary:
        'TLS, verschlüsselte Speicherung in der Schweiz, Sperre nach Fehlversuchen und Login-Benachrichtigung; MFA für Kundenkonten geplant; Datenexport und Löschantrag im Portal.',
      owner: 'E-Commerce',
      status: 'in_review',
      reviewDate: at(1, 28)
    },
    {
      name: 'Newsletter und E-Mail-Marketing',
      description: 'Versand des Newsletters mit Angeboten und Produktneuheiten an Abonnentinnen und Abonnenten.',
      purposes: ['Versand von Newslettern mit Angeboten und Neuheiten', 'Auswertung von Öffnungs- und Klickraten zur Verbesserung der Inhalte'],
      legalBases: ['gdpr-6-1-a', 'dsg-31-1-consent'],
      legalBasisNotes:
        'Einwilligung per Double-Opt-in; Nachweis (Zeitpunkt, IP-Adresse, Textversion) im CRM. Widerruf jederzeit über den Abmeldelink in jeder E-Mail oder im Kundenportal.',
      dataSubjects: ['newsletter', 'customers'],
      dataCategories: ['contact', 'marketing', 'online_ids', 'usage_logs'],
      recipients: ['us_crm'],
      transfers: [
        { recipient: 'us_crm', country: 'US', mechanism: 'EU-ADQ', regime: 'gdpr', notes: 'EU-U.S. Data Privacy Framework.' },
        { recipient: 'us_crm', country: 'US', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Aus dem Vorjahr übernommen.' }
      ],
      retention: [
        {
          dataCategory: 'contact',
          period: null,
          criteria: 'Bis zur Abmeldung vom Newsletter.',
          startEvent: 'Abmeldung',
          deletionProcedure: 'Adresse wird sofort in die Sperrliste überführt, übrige Daten gelöscht.',
          legalReference: ''
        },
        {
          dataCategory: 'marketing',
          period: { amount: 3, unit: 'years' },
          startEvent: 'Abmeldung',
          criteria: 'Nachweis der Einwilligung, solange Ansprüche wegen unerwünschter Werbung geltend gemacht werden können.',
          deletionProcedure: 'Jährlicher Löschlauf im CRM.',
          legalReference: ''
        },
        {
          dataCategory: 'online_ids',
          period: { amount: 12, unit: 'months' },
          startEvent: 'Versand',
          criteria: 'Öffnungs- und Klickdaten.',
          deletionProcedure: 'Automatische Löschung im CRM.',
          legalReference: ''
        }
      ],
      systems: ['crm'],
      toms: ['processor_management', 'tls', 'rbac', 'dsr', 'mfa_staff', 'deletion'],
      tomSummary: 'Double-Opt-in, Abmeldelink, Sperrliste; Zugriff nur Marketing mit MFA; Vertrag mit Standardvertragsklauseln und DPF-Zertifizierung des Anbieters.',
      owner: 'Marketing',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-20, 10),
      reviewDate: at(-4, 10)
    },
    {
      name: 'Zahlungsabwicklung',
      description: 'Abwicklung von Karten-, TWINT- und Rechnungszahlungen über den Zahlungsdienstleister sowie Abgleich der Zahlungseingänge.',
      purposes: ['Abwicklung der Zahlung für Bestellungen', 'Abgleich der Zahlungseingänge, Mahnwesen und Rückerstattungen'],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-c', 'dsg-31-2-a', 'dsg-31-1-law'],
      dataSubjects: ['customers'],
      dataCategories: ['identity', 'contact', 'payment', 'billing', 'contract'],
      recipients: ['psp', 'bank', 'int_finance'],
      retention: [
        {
          dataCategory: 'payment',
          period: { amount: 18, unit: 'months' },
          startEvent: 'Zahlungseingang',
          criteria: 'Ablauf der Rückbuchungsfristen.',
          deletionProcedure: 'Automatische Löschung der Zahlungsreferenzen im ERP.',
          legalReference: ''
        },
        {
          dataCategory: 'billing',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Buchungsbelege.',
          deletionProcedure: 'Jährliche Löschung im Archiv.',
          legalReference: 'OR Art. 958f'
        }
      ],
      systems: ['shop', 'erp'],
      toms: ['tls', 'encryption_rest', 'rbac', 'logging'],
      tomSummary: 'Keine Speicherung vollständiger Kartennummern (Tokenisierung beim Zahlungsdienstleister), TLS, Rollenkonzept, Protokollierung.',
      owner: 'Finanzen',
      status: 'approved',
      approvedBy: approvedByCfo,
      approvedAt: at(-7, 3),
      reviewDate: at(5, 3)
    },
    {
      name: 'Versand und Zustellung',
      description: 'Kommissionierung, Versandetiketten und Sendungsverfolgung; EU-Sendungen über das Lager in Weil am Rhein.',
      purposes: ['Versand der bestellten Waren', 'Versandbenachrichtigung und Sendungsverfolgung', 'Verzollung von Sendungen in die EU'],
      legalBases: ['gdpr-6-1-b', 'dsg-31-2-a'],
      dataSubjects: ['customers'],
      dataCategories: ['identity', 'contact', 'contract', 'communication'],
      recipients: ['de_logistics', 'ch_carrier', 'int_logistics'],
      transfers: [{ recipient: 'de_logistics', country: 'DE', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV.' }],
      retention: [
        {
          dataCategory: 'contact',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Zustellung',
          criteria: 'Versand- und Trackingdaten; Nachforschungen bei Verlust.',
          deletionProcedure: 'Automatische Löschung im ERP-Versandmodul und beim Logistikdienstleister gemäss Vertrag.',
          legalReference: ''
        },
        {
          dataCategory: 'communication',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Zustellung',
          criteria: 'Versandbenachrichtigungen.',
          deletionProcedure: 'Automatische Löschung.',
          legalReference: ''
        },
        {
          dataCategory: 'contract',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Zollanmeldungen und Lieferscheine als Buchungsbelege.',
          deletionProcedure: 'Jährliche Löschung im Archiv.',
          legalReference: 'OR Art. 958f'
        }
      ],
      systems: ['erp', 'shop'],
      toms: ['tls', 'processor_management', 'rbac'],
      tomSummary: 'Schnittstelle zum Logistikdienstleister verschlüsselt; Vertrag nach Art. 28 DSGVO / Art. 9 DSG; Zugriff nach Rollenkonzept.',
      owner: 'Logistik',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-11, 21),
      reviewDate: at(1, 21)
    },
    {
      name: 'Retouren und Kundendienst',
      description: 'Bearbeitung von Anfragen, Reklamationen und Retouren per E-Mail, Kontaktformular, Chat und Telefon.',
      purposes: ['Beantwortung von Kundenanfragen', 'Abwicklung von Retouren, Umtausch und Reklamationen', 'Qualitätssicherung im Kundendienst'],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-f', 'dsg-31-2-a'],
      legalBasisNotes: 'Vorvertragliche Anfragen und Vertragsabwicklung; Qualitätssicherung als berechtigtes Interesse (keine Gesprächsaufzeichnung).',
      dataSubjects: ['customers', 'portal_users', 'prospects'],
      dataCategories: ['identity', 'contact', 'contract', 'communication', 'images'],
      recipients: ['int_cs', 'supportly', 'de_logistics'],
      transfers: [
        { recipient: 'supportly', country: 'NL', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV.' },
        { recipient: 'de_logistics', country: 'DE', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Retourenzentrum Weil am Rhein.' }
      ],
      retention: [
        {
          dataCategory: 'communication',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Abschluss des Tickets',
          criteria: 'Gewährleistungsfrist.',
          deletionProcedure: 'Automatische Löschregel im Ticketsystem.',
          legalReference: 'OR Art. 210; BGB § 438'
        },
        {
          dataCategory: 'images',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Abschluss des Tickets',
          criteria: 'Fotos beschädigter Ware als Nachweis.',
          deletionProcedure: 'Mit dem Ticket gelöscht.',
          legalReference: ''
        }
      ],
      systems: ['helpdesk', 'erp', 'portal'],
      toms: ['rbac', 'tls', 'processor_management', 'training'],
      tomSummary: 'Ticketsystem in der EU mit Vertrag nach Art. 28 DSGVO; Rollenkonzept; Schulung des Kundendienstes zur Identifikation von Anrufenden.',
      owner: 'Kundendienst',
      status: 'in_review',
      reviewDate: at(2, 5)
    },
    {
      name: 'Produktbewertungen',
      description: 'Kundinnen und Kunden können gekaufte Produkte bewerten; Bewertungen erscheinen mit Vorname und Initiale.',
      purposes: ['Veröffentlichung von Produktbewertungen zur Information anderer Kundinnen und Kunden', 'Moderation unzulässiger Inhalte'],
      legalBases: ['gdpr-6-1-a', 'dsg-31-1-consent'],
      legalBasisNotes: 'Einwilligung bei Abgabe der Bewertung; Widerruf jederzeit über «Mein Konto» (Bewertung löschen).',
      dataSubjects: ['customers', 'portal_users'],
      dataCategories: ['identity', 'contact', 'communication', 'images'],
      recipients: ['int_cs', 'ch_hosting'],
      systems: ['shop', 'portal'],
      toms: ['rbac', 'tls'],
      tomSummary: 'Veröffentlichung nur mit Vorname und Initiale; Moderation vor Freischaltung.',
      owner: 'Marketing',
      status: 'draft',
      notes: 'Löschfristen noch mit Marketing zu klären.'
    },
    {
      name: 'Web-Analyse (Matomo, selbst gehostet)',
      description: 'Reichweitenmessung des Online-Shops auf eigener Matomo-Instanz in der Schweiz.',
      purposes: ['Statistische Auswertung der Nutzung des Online-Shops', 'Verbesserung von Navigation und Sortiment'],
      legalBases: ['gdpr-6-1-a', 'dsg-31-1-interest'],
      legalBasisNotes:
        'Für Besuchende aus der EU nur nach Einwilligung im Consent-Banner (Widerruf über «Cookie-Einstellungen» im Seitenfuss); in der Schweiz Information nach Art. 45c FMG und Widerspruchsmöglichkeit.',
      dataSubjects: ['website_visitors', 'portal_users'],
      dataCategories: ['online_ids', 'usage_logs', 'location'],
      recipients: ['ch_hosting'],
      retention: [
        {
          dataCategory: 'usage_logs',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Besuch',
          criteria: 'Rohdaten; danach nur aggregierte Berichte.',
          deletionProcedure: 'Matomo-Funktion «Alte Rohdaten löschen».',
          legalReference: ''
        },
        {
          dataCategory: 'online_ids',
          period: { amount: 13, unit: 'months' },
          startEvent: 'Setzen des Cookies',
          criteria: 'Maximale Lebensdauer des Analyse-Cookies.',
          deletionProcedure: 'Ablauf im Browser; Rohdaten nach 6 Monaten gelöscht.',
          legalReference: ''
        },
        {
          dataCategory: 'location',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Besuch',
          criteria: 'Nur Land und Region.',
          deletionProcedure: 'Mit den Rohdaten gelöscht.',
          legalReference: ''
        }
      ],
      systems: ['analytics'],
      toms: ['pseudonymisation', 'tls', 'encryption_rest'],
      tomSummary: 'Selbst gehostet in der Schweiz, IP-Kürzung um zwei Bytes, keine Verknüpfung mit Kundenkonten, keine Weitergabe an Dritte.',
      owner: 'E-Commerce',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-6, 18),
      reviewDate: at(6, 18)
    },
    {
      name: 'Betrugsprävention und Bonitätsprüfung (Kauf auf Rechnung)',
      description: 'Automatisierte Risikoprüfung jeder Bestellung; bei Kauf auf Rechnung zusätzlich Identitäts- und Bonitätsauskunft bei einer Auskunftei.',
      purposes: [
        'Verhinderung von Betrug und Zahlungsausfällen',
        'Entscheid, ob Kauf auf Rechnung angeboten wird (andere Zahlungsarten bleiben immer möglich)'
      ],
      legalBases: ['gdpr-6-1-f', 'gdpr-6-1-b', 'dsg-31-2-c', 'dsg-31-1-interest'],
      legalBasisNotes:
        'Berechtigtes Interesse an Betrugsprävention (ErwG 47 DSGVO); Kreditwürdigkeitsprüfung nach Art. 31 Abs. 2 lit. c DSG (keine besonders schützenswerten Daten, Daten nicht älter als 10 Jahre). Auf Verlangen Überprüfung durch eine Person (Art. 22 Abs. 3 DSGVO, Art. 21 DSG).',
      dataSubjects: ['customers'],
      dataCategories: ['identity', 'contact', 'contract', 'payment', 'online_ids', 'creditworthiness'],
      recipients: ['credit', 'psp', 'int_finance'],
      retention: [
        {
          dataCategory: 'creditworthiness',
          period: { amount: 12, unit: 'months' },
          startEvent: 'Prüfung',
          criteria: 'Ergebnis der Bonitäts- und Betrugsprüfung.',
          deletionProcedure: 'Automatische Löschung im ERP.',
          legalReference: ''
        },
        {
          dataCategory: 'online_ids',
          period: { amount: 6, unit: 'months' },
          startEvent: 'Bestellung',
          criteria: 'Geräte- und IP-Merkmale für die Betrugserkennung.',
          deletionProcedure: 'Automatische Löschung.',
          legalReference: ''
        }
      ],
      systems: ['shop', 'erp'],
      toms: ['rbac', 'logging', 'tls', 'processor_management'],
      tomSummary: 'Score-Ergebnisse nur für Finanzen sichtbar; Protokollierung jeder Abfrage bei der Auskunftei; TLS-Schnittstelle.',
      dpia: {
        wp248: [1, 5, 6],
        art35_3: [],
        dsg22: [],
        result: 'required',
        justification:
          'Scoring (Kriterium 1) einer grossen Zahl von Kundinnen und Kunden (5) mit Zusammenführung von Bestell-, Geräte- und Auskunfteidaten (6). DSFA durchgeführt; Restrisiko tragbar, weil andere Zahlungsarten immer angeboten werden und eine menschliche Überprüfung möglich ist.',
        screenedAt: at(-12, 8)
      },
      owner: 'Finanzen',
      status: 'approved',
      approvedBy: approvedByCfo,
      approvedAt: at(-11, 2),
      reviewDate: at(1, 2)
    },
    {
      name: 'CRM und Geschäftskundenkontakte (B2B)',
      description: 'Pflege der Kontakte zu Geschäftskunden (Hotels, Gastronomie, Outdoor-Betriebe) und Interessenten im CRM.',
      purposes: ['Betreuung von Geschäftskunden und Abwicklung von B2B-Aufträgen', 'Akquisition neuer Geschäftskunden'],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-f', 'dsg-31-2-a', 'dsg-31-2-b'],
      dataSubjects: ['contacts_b2b', 'prospects'],
      dataCategories: ['identity', 'contact', 'communication', 'contract'],
      recipients: ['us_crm'],
      transfers: [
        { recipient: 'us_crm', country: 'US', mechanism: 'EU-ADQ', regime: 'gdpr', notes: 'EU-U.S. Data Privacy Framework; Zertifizierung geprüft.' },
        {
          recipient: 'us_crm',
          country: 'US',
          mechanism: 'CH-SCC',
          regime: 'revdsg',
          notes: 'Nicht unter dem Swiss-U.S. DPF zertifiziert; EU-Standardvertragsklauseln 2021 mit Schweizer Anpassungen, Transfer Impact Assessment.'
        }
      ],
      retention: [
        {
          dataCategory: 'contact',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Letzter Kontakt',
          criteria: 'Keine Geschäftsbeziehung mehr.',
          deletionProcedure: 'Halbjährliche Bereinigung im CRM.',
          legalReference: ''
        },
        {
          dataCategory: 'communication',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Letzter Kontakt',
          criteria: 'Wie Kontaktdaten.',
          deletionProcedure: 'Halbjährliche Bereinigung im CRM.',
          legalReference: ''
        },
        {
          dataCategory: 'contract',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Buchungsrelevante Verträge und Offerten.',
          deletionProcedure: 'Archiv im ERP.',
          legalReference: 'OR Art. 958f'
        }
      ],
      systems: ['crm', 'office'],
      toms: ['processor_management', 'tls', 'rbac', 'mfa_staff'],
      tomSummary: 'SaaS-CRM mit MFA, Rollenkonzept und Vertrag mit Standardvertragsklauseln.',
      owner: 'Verkauf B2B',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-8, 25),
      reviewDate: at(4, 25)
    },
    {
      name: 'Lieferantenmanagement und Einkauf',
      description: 'Verwaltung der Lieferanten und Dienstleister, Bestellungen und Verträge.',
      purposes: ['Einkauf von Waren und Dienstleistungen', 'Lieferantenbewertung und Vertragsverwaltung'],
      legalBases: ['dsg-31-2-a', 'dsg-31-1-law'],
      regimes: ['revdsg'],
      dataSubjects: ['suppliers'],
      dataCategories: ['identity', 'contact', 'contract', 'payment', 'communication'],
      recipients: ['int_finance', 'bank'],
      retention: [
        {
          dataCategory: 'contact',
          period: { amount: 2, unit: 'years' },
          startEvent: 'Ende der Geschäftsbeziehung',
          criteria: 'Ansprechpersonen.',
          deletionProcedure: 'Jährliche Bereinigung im ERP.',
          legalReference: ''
        },
        {
          dataCategory: 'contract',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Bestellungen und Verträge als Buchungsbelege.',
          deletionProcedure: 'Archiv im ERP.',
          legalReference: 'OR Art. 958f'
        },
        {
          dataCategory: 'payment',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Bankverbindung in Zahlungsbelegen.',
          deletionProcedure: 'Archiv im ERP.',
          legalReference: 'OR Art. 958f'
        }
      ],
      systems: ['erp', 'office'],
      toms: ['rbac', 'backup'],
      tomSummary: 'Rollenkonzept im ERP, tägliches Backup.',
      owner: 'Einkauf',
      status: 'approved',
      approvedBy: approvedByCfo,
      approvedAt: at(-26, 14),
      reviewDate: at(-2, 14)
    },
    {
      name: 'Finanzbuchhaltung und Rechnungswesen',
      description: 'Debitoren- und Kreditorenbuchhaltung, Jahresabschluss, Mehrwertsteuer (Schweiz und deutsche USt-Registrierung).',
      purposes: ['Führung der Geschäftsbücher', 'Mehrwertsteuerabrechnung', 'Jahresabschluss und Revision'],
      legalBases: ['gdpr-6-1-c', 'dsg-31-1-law'],
      legalBasisNotes: 'OR Art. 957 ff. (Buchführungspflicht), MWSTG; für die deutsche Umsatzsteuer AO § 147 und UStG § 14b.',
      dataSubjects: ['customers', 'suppliers', 'shareholders_board'],
      dataCategories: ['identity', 'contact', 'billing', 'payment', 'contract'],
      recipients: ['int_finance', 'tax', 'auditor', 'bank'],
      retention: [
        {
          dataCategory: 'billing',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Geschäftsbücher, Buchungsbelege, Geschäfts- und Revisionsbericht; deckt auch die deutschen Fristen (Belege 8, Bücher 10 Jahre) ab.',
          deletionProcedure: 'Jährliche Löschung im Archiv nach Freigabe durch die CFO-Stelle.',
          legalReference: 'OR Art. 958f; MWSTG Art. 70; AO § 147; UStG § 14b'
        },
        {
          dataCategory: 'payment',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Zahlungsbelege.',
          deletionProcedure: 'Wie Buchungsbelege.',
          legalReference: 'OR Art. 958f'
        }
      ],
      systems: ['erp', 'backup'],
      toms: ['rbac', 'logging', 'backup', 'encryption_rest'],
      tomSummary: 'Revisionssicheres Archiv, Rollenkonzept, Protokollierung von Buchungen und Änderungen, verschlüsselte Backups.',
      owner: 'Finanzen',
      status: 'approved',
      approvedBy: approvedByCfo,
      approvedAt: at(-5, 7),
      reviewDate: at(7, 7)
    },
    {
      name: 'Lohnbuchhaltung und Personaladministration',
      description: 'Personaldossier, Lohnabrechnung, Sozialversicherungen, Quellensteuer und Familienzulagen.',
      purposes: [
        'Durchführung des Arbeitsverhältnisses und Lohnzahlung',
        'Abrechnung mit Sozialversicherungen und Steuerbehörden',
        'Ausstellung von Lohnausweisen und Arbeitszeugnissen'
      ],
      legalBases: ['dsg-31-1-law', 'dsg-31-2-a'],
      legalBasisNotes:
        'OR Art. 328b (nur Daten über die Eignung oder für die Durchführung des Arbeitsvertrags); AHVG, BVG, UVG, DBG (Quellensteuer). Die Konfession wird nur für den Quellensteuer-Tarif bearbeitet.',
      regimes: ['revdsg'],
      dataSubjects: ['employees', 'former_employees', 'trainees_freelancers', 'dependants'],
      dataCategories: ['identity', 'contact', 'hr_master', 'payroll', 'union_religion_politics', 'social_assistance'],
      recipients: ['int_hr', 'int_finance', 'persosoft', 'social_ins', 'tax', 'bank', 'auditor'],
      retention: [
        {
          dataCategory: 'payroll',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Lohnbuchhaltung als Teil der Geschäftsbücher.',
          deletionProcedure: 'Jährlicher Löschlauf in PersoSoft nach Freigabe HR.',
          legalReference: 'OR Art. 958f'
        },
        {
          dataCategory: 'hr_master',
          period: { amount: 5, unit: 'years' },
          startEvent: 'Austritt',
          criteria: 'Verjährung von Forderungen aus dem Arbeitsverhältnis; Arbeitszeugnis.',
          deletionProcedure: 'Personaldossier wird vernichtet bzw. in PersoSoft gelöscht.',
          legalReference: 'OR Art. 128 Ziff. 3'
        },
        {
          dataCategory: 'union_religion_politics',
          period: { amount: 10, unit: 'years' },
          startEvent: 'Ende des Geschäftsjahres',
          criteria: 'Nur als Teil der Quellensteuerabrechnung.',
          deletionProcedure: 'Mit der Lohnbuchhaltung.',
          legalReference: 'OR Art. 958f'
        },
        {
          dataCategory: 'social_assistance',
          period: { amount: 5, unit: 'years' },
          startEvent: 'Ende der Lohnabtretung',
          criteria: 'Mitteilungen der Sozialdienste.',
          deletionProcedure: 'Separates Dossier wird vernichtet.',
          legalReference: 'OR Art. 128 Ziff. 3'
        }
      ],
      systems: ['hr', 'fileserver'],
      toms: ['rbac', 'mail_encryption', 'encryption_rest', 'logging', 'backup', 'jml'],
      tomSummary: 'Zugriff nur HR und Lohnbuchhaltung; verschlüsseltes HR-Laufwerk; verschlüsselter Versand von Lohnabrechnungen; Protokollierung in PersoSoft.',
      owner: 'Personal (HR)',
      status: 'approved',
      approvedBy: approvedByHr,
      approvedAt: at(-10, 16),
      reviewDate: at(2, 16)
    },
    {
      name: 'Bewerbermanagement',
      description: 'Ausschreibung, Bewerbungseingang, Auswahl und Talentpool.',
      purposes: ['Durchführung von Bewerbungsverfahren', 'Aufnahme in den Talentpool (nur mit Einwilligung)'],
      legalBases: ['dsg-31-2-a', 'dsg-31-1-consent'],
      legalBasisNotes:
        'Vorvertragliche Bearbeitung; Talentpool und Privatauszug aus dem Strafregister (nur Lagerleitung und Kassenfunktionen) mit ausdrücklicher Einwilligung (Art. 6 Abs. 7 DSG); Widerruf jederzeit per E-Mail an HR.',
      regimes: ['revdsg'],
      dataSubjects: ['applicants'],
      dataCategories: ['identity', 'contact', 'application', 'communication', 'criminal'],
      recipients: ['int_hr', 'bewerbio'],
      transfers: [{ recipient: 'bewerbio', country: 'DE', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV.' }],
      retention: [
        {
          dataCategory: 'application',
          period: { amount: 3, unit: 'months' },
          startEvent: 'Absage',
          criteria: 'Frist für Ansprüche wegen diskriminierender Ablehnung; Talentpool: 12 Monate mit Einwilligung.',
          deletionProcedure: 'Automatische Löschung in Bewerbio.',
          legalReference: 'GlG Art. 8 Abs. 2'
        },
        {
          dataCategory: 'criminal',
          period: null,
          criteria: 'Der Auszug wird nur eingesehen und sofort zurückgegeben; vermerkt wird nur, dass er vorlag.',
          startEvent: 'Einsichtnahme',
          deletionProcedure: 'Keine Kopie.',
          legalReference: ''
        },
        {
          dataCategory: 'communication',
          period: { amount: 3, unit: 'months' },
          startEvent: 'Absage',
          criteria: 'Wie Bewerbungsunterlagen.',
          deletionProcedure: 'Automatische Löschung in Bewerbio.',
          legalReference: ''
        }
      ],
      systems: ['ats', 'office'],
      toms: ['rbac', 'processor_management', 'tls'],
      tomSummary: 'Zugriff nur HR und die jeweilige Linienvorgesetzte; automatische Löschfristen im Bewerbermanagement.',
      owner: 'Personal (HR)',
      status: 'in_review',
      reviewDate: at(3, 3)
    },
    {
      name: 'Arbeitszeiterfassung',
      description: 'Erfassung der Arbeitszeit an Terminals und in PersoSoft; im Logistikzentrum wahlweise mit Badge oder Fingerabdruck.',
      purposes: ['Erfüllung der Pflicht zur Arbeitszeiterfassung', 'Lohnabrechnung von Zuschlägen und Überstunden', 'Ferien- und Absenzenplanung'],
      legalBases: ['dsg-31-1-law', 'dsg-31-2-a', 'dsg-31-1-consent'],
      legalBasisNotes:
        'ArG Art. 46 und ArGV 1 Art. 73; Fingerabdruck nur mit ausdrücklicher, freiwilliger Einwilligung (Art. 6 Abs. 7 DSG), Alternative Badge ohne Nachteile; Widerruf jederzeit bei HR.',
      regimes: ['revdsg'],
      dataSubjects: ['employees', 'trainees_freelancers'],
      dataCategories: ['identity', 'hr_master', 'time_records', 'biometric'],
      recipients: ['int_hr', 'persosoft'],
      retention: [
        {
          dataCategory: 'time_records',
          period: { amount: 5, unit: 'years' },
          startEvent: 'Ende des Kalenderjahres',
          criteria: 'Aufbewahrung der Verzeichnisse und Unterlagen.',
          deletionProcedure: 'Jährlicher Löschlauf in PersoSoft.',
          legalReference: 'ArGV 1 Art. 73 Abs. 2'
        },
        {
          dataCategory: 'biometric',
          period: null,
          criteria: 'Bis zum Widerruf der Einwilligung oder zum Austritt.',
          startEvent: 'Widerruf oder Austritt',
          deletionProcedure: 'Template wird am Terminal sofort gelöscht (Austritts-Checkliste).',
          legalReference: ''
        }
      ],
      systems: ['hr'],
      toms: ['rbac', 'accounts', 'jml'],
      tomSummary: 'Fingerabdruck nur als Template lokal im Terminal; Zeitdaten nur für Mitarbeitende, Vorgesetzte und HR sichtbar.',
      owner: 'Personal (HR)',
      status: 'approved',
      approvedBy: approvedByHr,
      approvedAt: at(-24, 4),
      reviewDate: at(-6, 4)
    },
    {
      name: 'Videoüberwachung im Logistikzentrum',
      description: 'Videoüberwachung von Zugängen, Rampen und Hochregallager im Logistikzentrum Dietikon.',
      purposes: ['Schutz vor Diebstahl, Einbruch und Vandalismus', 'Aufklärung von Vorfällen und Beweissicherung'],
      legalBases: ['dsg-31-1-interest'],
      legalBasisNotes:
        'Überwiegendes Interesse am Schutz von Personen und Waren. Keine Verhaltensüberwachung der Mitarbeitenden (ArGV 3 Art. 26); Pausen- und Aufenthaltsräume sind nicht erfasst; Hinweisschilder an allen Zugängen.',
      regimes: ['revdsg'],
      dataSubjects: ['employees', 'visitors', 'suppliers'],
      dataCategories: ['images'],
      recipients: ['int_logistics', 'wachtmeister', 'police'],
      retention: [
        {
          dataCategory: 'images',
          period: { amount: 3, unit: 'days' },
          startEvent: 'Aufnahme',
          criteria: 'Automatisches Überschreiben nach 72 Stunden; bei einem Vorfall Sicherung bis zum Abschluss des Verfahrens.',
          deletionProcedure: 'Ringspeicher des Rekorders; gesicherte Sequenzen werden nach Abschluss gelöscht und protokolliert.',
          legalReference: ''
        }
      ],
      systems: ['video'],
      toms: ['video_rules', 'badge', 'privileged', 'rbac', 'server_room'],
      tomSummary: 'Reglement Videoüberwachung, Vier-Augen-Auswertung, Rekorder im abgeschlossenen Serverraum, Fernwartung nur über Jump-Host.',
      dpia: {
        wp248: [3, 7],
        art35_3: [],
        dsg22: [],
        result: 'recommended',
        justification:
          'Systematische Überwachung (Kriterium 3) eines Bereichs, in dem Mitarbeitende arbeiten (7). Nicht öffentlich zugänglich und nicht umfangreich, daher kein Fall von Art. 22 Abs. 2 lit. b DSG; DSFA dennoch empfohlen und mit der Datenschutzberaterin durchgeführt.',
        screenedAt: at(-4, 20)
      },
      owner: 'Logistik',
      status: 'in_review',
      reviewDate: at(1, 10),
      notes: 'Auftragsbearbeitungsvertrag mit Wachtmeister Sicherheitstechnik AG fehlt (Fernwartung).'
    },
    {
      name: 'IT-Support und Fernwartung (Second-Level-Support Indien)',
      description: 'Störungsbehebung und Wartung von Shop, Kundenportal und ERP ausserhalb der Schweizer Bürozeiten durch einen Dienstleister in Indien.',
      purposes: ['Behebung von Störungen und Sicherstellung des Betriebs', 'Wartung und Aktualisierung der Systeme'],
      legalBases: ['gdpr-6-1-f', 'dsg-31-1-interest'],
      legalBasisNotes: 'Auftragsbearbeitung (Art. 28 DSGVO, Art. 9 DSG) im Rahmen der jeweiligen Grundverarbeitung; berechtigtes Interesse an einem sicheren und verfügbaren Betrieb.',
      dataSubjects: ['customers', 'portal_users', 'employees'],
      dataCategories: ['identity', 'contact', 'contract', 'usage_logs'],
      recipients: ['in_support', 'int_it'],
      transfers: [
        { recipient: 'in_support', country: 'IN', mechanism: 'EU-SCC', regime: 'gdpr', notes: 'Standardvertragsklauseln 2021, Modul 2; Transfer Impact Assessment.' },
        { recipient: 'in_support', country: 'IN', mechanism: 'CH-SCC', regime: 'revdsg', notes: 'EU-Standardvertragsklauseln mit Schweizer Anpassungen (vom EDÖB anerkannt).' }
      ],
      retention: [
        {
          dataCategory: 'usage_logs',
          period: { amount: 12, unit: 'months' },
          startEvent: 'Ende der Sitzung',
          criteria: 'Sitzungsprotokolle des Fernzugriffs.',
          deletionProcedure: 'Rotierende Löschung auf dem Jump-Host.',
          legalReference: 'DSV Art. 4 Abs. 5'
        }
      ],
      systems: ['shop', 'portal', 'erp', 'fileserver'],
      toms: ['privileged', 'mfa_staff', 'logging', 'processor_management', 'training'],
      tomSummary: 'Zugriff nur über Jump-Host mit MFA, zeitlich begrenzt nach Freigabe, vollständige Sitzungsprotokollierung; keine Datenkopien beim Dienstleister.',
      owner: 'Informatik (IT)',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-13, 11),
      reviewDate: at(-1, 11)
    },
    {
      name: 'E-Mail und Bürokommunikation',
      description: 'Geschäftliche E-Mail, Kalender und Dokumentablage aller Mitarbeitenden.',
      purposes: ['Geschäftliche Kommunikation mit Kundinnen, Kunden, Lieferanten und Bewerbenden', 'Interne Zusammenarbeit und Terminplanung'],
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-f', 'dsg-31-2-a', 'dsg-31-1-interest'],
      dataSubjects: ['employees', 'customers', 'suppliers', 'contacts_b2b', 'applicants'],
      dataCategories: ['identity', 'contact', 'communication'],
      recipients: ['nimbus', 'int_it'],
      transfers: [{ recipient: 'nimbus', country: 'IE', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV; Irland ist EWR-Staat (für die DSGVO keine Drittlandübermittlung).' }],
      retention: [
        {
          dataCategory: 'communication',
          period: { amount: 3, unit: 'years' },
          startEvent: 'Ende des Kalenderjahres',
          criteria: 'Buchungsrelevante Korrespondenz wird ins Archiv übernommen (10 Jahre); Postfächer ausgetretener Mitarbeitender werden nach 3 Monaten gelöscht.',
          deletionProcedure: 'Aufbewahrungsrichtlinie im Mailsystem.',
          legalReference: ''
        }
      ],
      systems: ['office', 'fileserver', 'backup'],
      toms: ['mail_encryption', 'malware', 'mfa_staff', 'backup', 'training'],
      tomSummary: 'MFA, TLS-Erzwingung, Malware- und Phishing-Filter, Schulung, Aufbewahrungsrichtlinien.',
      owner: 'Informatik (IT)',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-8, 8),
      reviewDate: at(4, 8)
    },
    {
      name: 'Hinweisgebersystem (Whistleblowing)',
      description: 'Meldekanal für Hinweise auf Rechtsverstösse und Verstösse gegen den Verhaltenskodex, offen für Mitarbeitende und Lieferanten, auch anonym.',
      purposes: ['Entgegennahme und Prüfung von Hinweisen', 'Aufklärung und Abstellen von Missständen'],
      legalBases: ['dsg-31-1-interest'],
      legalBasisNotes:
        'Überwiegendes Interesse an der Aufdeckung von Rechtsverstössen. Information der beschuldigten Person, sobald die Untersuchung dadurch nicht mehr gefährdet wird; Identität der Hinweisgebenden wird geschützt.',
      regimes: ['revdsg'],
      dataSubjects: ['whistleblowers', 'employees', 'suppliers'],
      dataCategories: ['identity', 'contact', 'communication', 'criminal', 'health'],
      recipients: ['clarivox', 'police'],
      transfers: [{ recipient: 'clarivox', country: 'AT', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV.' }],
      retention: [
        {
          dataCategory: 'communication',
          period: { amount: 3, unit: 'years' },
          startEvent: 'Abschluss des Verfahrens',
          criteria: 'Keine gesetzliche Frist für private Arbeitgeber in der Schweiz; Frist in Anlehnung an HinSchG § 11 Abs. 5 (Deutschland).',
          deletionProcedure: 'Löschung im Meldeportal durch Compliance.',
          legalReference: ''
        },
        {
          dataCategory: 'criminal',
          period: { amount: 3, unit: 'years' },
          startEvent: 'Abschluss des Verfahrens',
          criteria: 'Wie Meldungen; länger nur bei laufendem Straf- oder Zivilverfahren.',
          deletionProcedure: 'Löschung im Meldeportal durch Compliance.',
          legalReference: ''
        }
      ],
      systems: ['whistleblowing'],
      toms: ['encryption_rest', 'rbac', 'logging', 'training'],
      tomSummary: 'Ende-zu-Ende-verschlüsseltes Meldeportal, anonymes Postfach, Zugriff nur Compliance-Verantwortliche, Protokollierung.',
      dpia: {
        wp248: [4, 7],
        art35_3: [],
        dsg22: [],
        result: 'recommended',
        justification: 'Möglicherweise besonders schützenswerte Daten (4) über Mitarbeitende (7); geringe Fallzahlen. DSFA mit der Datenschutzberaterin erstellt.',
        screenedAt: at(-10, 2)
      },
      owner: 'Compliance',
      status: 'approved',
      approvedBy: approvedByCeo,
      approvedAt: at(-10, 20),
      reviewDate: at(2, 20)
    },
    {
      name: 'Betriebliches Gesundheitsmanagement (Arztzeugnisse, Krankentaggeld)',
      description: 'Bearbeitung von Arztzeugnissen, Unfallmeldungen und Case Management bei längerer Arbeitsunfähigkeit.',
      purposes: [
        'Lohnfortzahlung bei Krankheit und Unfall',
        'Meldung an Unfall- und Krankentaggeldversicherung',
        'Wiedereingliederung und Case Management'
      ],
      legalBases: ['dsg-31-1-law', 'dsg-31-1-consent'],
      legalBasisNotes:
        'OR Art. 324a und Art. 328b, UVG-Meldepflicht. Weitergabe von Angaben über die blosse Arbeitsunfähigkeit hinaus (Case Management) nur mit ausdrücklicher Einwilligung (Art. 6 Abs. 7 DSG), Widerruf jederzeit bei HR.',
      regimes: ['revdsg'],
      dataSubjects: ['employees', 'trainees_freelancers'],
      dataCategories: ['identity', 'hr_master', 'health'],
      recipients: ['int_hr', 'insurer', 'persosoft'],
      retention: [
        {
          dataCategory: 'health',
          period: { amount: 5, unit: 'years' },
          startEvent: 'Austritt',
          criteria: 'Getrennte Gesundheitsakte; Arztzeugnisse ohne laufenden Fall werden bereits nach 2 Jahren vernichtet.',
          deletionProcedure: 'Vernichtung über zertifizierten Entsorger bzw. Löschung in PersoSoft; Protokoll.',
          legalReference: 'OR Art. 128 Ziff. 3'
        }
      ],
      systems: ['hr', 'fileserver'],
      toms: ['rbac', 'encryption_rest', 'mail_encryption', 'disposal'],
      tomSummary: 'Gesundheitsakte getrennt vom Personaldossier, verschlüsselt, Zugriff nur HR-Leitung und zuständige Fachperson; Versand an Versicherer nur verschlüsselt.',
      dpia: {
        wp248: [4, 7],
        art35_3: [],
        dsg22: [],
        result: 'recommended',
        justification:
          'Gesundheitsdaten (4) von Mitarbeitenden (7), aber nur rund 120 Personen: keine umfangreiche Bearbeitung im Sinne von Art. 22 Abs. 2 lit. a DSG. DSFA empfohlen, Entwurf liegt vor.',
        screenedAt: at(-1, 6)
      },
      owner: 'Personal (HR)',
      status: 'in_review',
      reviewDate: at(2, 1)
    }
  ]

  // ----- Processing on behalf of others (processor record) -----
  const partnerOutdoor = {
    name: 'Bergwerk Outdoor GmbH',
    address: 'Alexanderstrasse 12, 7000 Chur',
    email: 'datenschutz@bergwerk-outdoor.example',
    phone: '+41 81 000 22 33',
    representative: '',
    dpo: ''
  }
  const partnerKitchen = {
    name: 'Küchenfreund GmbH',
    address: 'Kaiser-Joseph-Strasse 200, 79098 Freiburg im Breisgau, Deutschland',
    email: 'info@kuechenfreund.example',
    phone: '+49 761 000 44 55',
    representative: '',
    dpo: 'Datenschutzbeauftragter: Markus Hahn, datenschutz@kuechenfreund.example'
  }
  const partnerTea = {
    name: 'Teehaus Zug AG',
    address: 'Baarerstrasse 40, 6300 Zug',
    email: 'shop@teehaus-zug.example',
    phone: '+41 41 000 66 77',
    representative: '',
    dpo: ''
  }

  const processorActivities: DemoProcessorActivity<K>[] = [
    {
      name: 'Fulfilment für Partnershops (Marketplace Fulfilment)',
      description: 'Lagerung, Kommissionierung, Versand und Retourenabwicklung für Partnershops, die über den Marktplatz von Helvetia Shop verkaufen.',
      controllers: [partnerOutdoor, partnerKitchen],
      processingCategories: [
        'Empfang der Bestelldaten aus dem Shop des Partners',
        'Kommissionierung, Verpackung und Versand an die Endkundinnen und Endkunden',
        'Annahme und Prüfung von Retouren, Rückmeldung an den Partner'
      ],
      subProcessors: ['de_logistics', 'ch_hosting'],
      transfers: [
        { recipient: 'de_logistics', country: 'DE', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'EU-Sendungen über Weil am Rhein; Anhang 1 DSV.' }
      ],
      systems: ['erp'],
      toms: ['tenant_separation', 'rbac', 'tls', 'backup', 'processor_management'],
      tomSummary: 'Mandantentrennung im ERP, Rollenkonzept, verschlüsselte Schnittstellen zu den Partnershops, tägliche Backups.',
      owner: 'Logistik',
      status: 'approved',
      reviewDate: at(5, 14)
    },
    {
      name: 'Kundendienst im Auftrag von Partnershops',
      description: 'Beantwortung von Liefer- und Retourenanfragen der Endkundinnen und Endkunden im Namen der Partnershops.',
      controllers: [partnerOutdoor, partnerKitchen],
      processingCategories: ['Beantwortung von Anfragen zu Lieferstatus und Retouren', 'Erfassung von Reklamationen und Weiterleitung an den Partner'],
      subProcessors: ['supportly', 'in_support'],
      transfers: [
        { recipient: 'supportly', country: 'NL', mechanism: 'CH-ADQ', regime: 'revdsg', notes: 'Anhang 1 DSV.' },
        { recipient: 'in_support', country: 'IN', mechanism: 'EU-SCC', regime: 'gdpr', notes: 'Standardvertragsklauseln 2021, Modul 3 (Auftragsbearbeiter an Unterauftragsbearbeiter).' },
        { recipient: 'in_support', country: 'IN', mechanism: 'CH-SCC', regime: 'revdsg', notes: 'Mit Schweizer Anpassungen.' }
      ],
      systems: ['helpdesk', 'erp'],
      toms: ['rbac', 'tls', 'processor_management', 'training', 'tenant_separation'],
      tomSummary: 'Getrennte Postfächer und Ticket-Queues je Partner, Rollenkonzept, geschulte Mitarbeitende, Verträge mit allen Unterauftragsbearbeitern.',
      owner: 'Kundendienst',
      status: 'in_review',
      reviewDate: at(2, 9)
    },
    {
      name: 'Betrieb von White-Label-Webshops für Partner',
      description: 'Hosting und Betrieb von Webshops auf der eigenen Shop-Plattform unter der Marke des Partners.',
      controllers: [partnerTea, partnerOutdoor],
      processingCategories: ['Hosting und technischer Betrieb des Partner-Webshops', 'Einspielen von Updates und Behebung von Störungen', 'Datensicherung und Wiederherstellung'],
      subProcessors: ['ch_hosting'],
      systems: ['shop', 'backup'],
      toms: ['tenant_separation', 'patching', 'backup', 'tls', 'encryption_rest', 'pentest'],
      tomSummary: 'Eigene Datenbank je Partnershop, Hosting in der Schweiz, Patch-Management, Backups und jährlicher Penetrationstest.',
      owner: 'E-Commerce',
      status: 'draft'
    }
  ]

  return { organisation, dataSubjects, dataCategories, recipients, toms, systems, activities, processorActivities }
}
