/**
 * Spreadsheet formula injection (CWE-1236): a cell that starts with = + - @, a tab or a carriage
 * return could be run as a formula when the CSV is opened. A leading apostrophe keeps it text.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
