/** One message in every language; "de-CH" only where Swiss usage differs (no ß, Bearbeitung …). */
export interface Message {
  readonly de: string
  readonly en: string
  readonly 'de-CH'?: string
}
export type Messages = Readonly<Record<string, Message>>
export type Locale = 'de' | 'de-CH' | 'en'
