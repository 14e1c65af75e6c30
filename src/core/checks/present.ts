import type { Finding } from '../../shared/checks'
import { hasMessage, translate, type Locale, type MessageKey } from '../../shared/i18n'
import type { CheckAck } from '../workspace'
import type { RawFinding } from './engine'

/** Parameters whose values are codes, shown with a translated term ("gdpr" → "DSGVO"). */
const TERMS: Readonly<Record<string, string>> = { regime: 'check.term.regime.', status: 'check.term.status.' }

/** Findings as the API returns them: translated, with their acknowledgement (if any). */
export function present(raw: readonly RawFinding[], acks: readonly CheckAck[], locale: Locale): Finding[] {
  const ackOf = new Map(acks.map((a) => [`${a.ruleId}\u0000${a.entityId}`, a]))
  return raw.map((f) => {
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(f.params)) {
      const term = TERMS[name] !== undefined ? `${TERMS[name]}${value}` : ''
      params[name] = term && hasMessage(term) ? translate(locale, term) : value
    }
    const ack = ackOf.get(`${f.ruleId}\u0000${f.entityId}`)
    return {
      ...f,
      message: translate(locale, f.messageKey as MessageKey, params),
      acknowledged: ack ? { reason: ack.reason, by: ack.author, at: ack.at } : null
    }
  })
}
