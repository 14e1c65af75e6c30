import type { Locale } from '../../shared/i18n/types'

const NBSP = '\u00a0'

/**
 * Typesetting for the printed documents (PDF, DOCX); the data formats keep text as entered.
 * - straight double quotes in pairs become „…“ (German), «…» (Swiss German), “…” (English);
 * - a spaced hyphen becomes an en dash, three dots an ellipsis;
 * - a non-breaking space keeps citations and abbreviations together: "Art. 30", "Abs. 1",
 *   "lit. a", "Ziff. 2", "§ 257", "§§ 195", "Nr. 4", "S. 9", "z. B.", "i. V. m.".
 */
export function typeset(text: string, locale: Locale): string {
  if (!text) return text
  const [open, close] = locale === 'en' ? ['“', '”'] : locale === 'de-CH' ? ['«', '»'] : ['„', '“']
  const swiss = locale === 'de-CH' ? text.replace(/„([^“\n]*)“/g, '«$1»') : text
  return swiss
    .replace(/"([^"\n]+)"/g, `${open}$1${close}`)
    .replace(/ - /g, ' – ')
    .replace(/\.\.\./g, '…')
    .replace(/\b(Art|Abs|lit|Ziff|Nr|UAbs|Anh|para|let|no|S)\. (?=[0-9a-zA-Z])/g, `$1.${NBSP}`)
    .replace(/(§§?) (?=\d)/g, `$1${NBSP}`)
    .replace(/\b([zZ])\. B\./g, `$1.${NBSP}B.`)
    .replace(/\bi\. V\. m\./g, `i.${NBSP}V.${NBSP}m.`)
    .replace(/\bd\. h\./g, `d.${NBSP}h.`)
    .replace(/\bu\. a\./g, `u.${NBSP}a.`)
}
