import type { CompletenessRow } from '../../shared/checks'
import { blank, type Snapshot } from './types'

/**
 * How many current processing activities fill each field of the record (GDPR Art. 30(1),
 * DSG Art. 12 Abs. 2); transfers count the recorded transfers that name a mechanism.
 */
export function completeness(s: Snapshot): CompletenessRow[] {
  const list = s.active.activities
  const count = (test: (a: (typeof list)[number]) => boolean): number => list.reduce((n, a) => n + (test(a) ? 1 : 0), 0)
  const transfers = list.flatMap((a) => a.transfers)
  const total = list.length
  return [
    { field: 'purposes', ref: 'GDPR Art. 30(1)(b); DSG Art. 12 Abs. 2 lit. b', filled: count((a) => a.purposes.length > 0), total },
    { field: 'dataSubjects', ref: 'GDPR Art. 30(1)(c); DSG Art. 12 Abs. 2 lit. c', filled: count((a) => a.dataSubjectIds.length > 0), total },
    { field: 'dataCategories', ref: 'GDPR Art. 30(1)(c); DSG Art. 12 Abs. 2 lit. c', filled: count((a) => a.dataCategoryIds.length > 0), total },
    { field: 'recipients', ref: 'GDPR Art. 30(1)(d); DSG Art. 12 Abs. 2 lit. d', filled: count((a) => a.recipientIds.length > 0), total },
    { field: 'transfers', ref: 'GDPR Art. 30(1)(e); DSG Art. 12 Abs. 2 lit. g', filled: transfers.filter((t) => t.mechanism !== null).length, total: transfers.length },
    { field: 'retention', ref: 'GDPR Art. 30(1)(f); DSG Art. 12 Abs. 2 lit. e', filled: count((a) => a.retention.length > 0), total },
    { field: 'toms', ref: 'GDPR Art. 30(1)(g); DSG Art. 12 Abs. 2 lit. f', filled: count((a) => a.tomIds.length > 0 || !blank(a.tomSummary)), total },
    { field: 'legalBases', ref: 'GDPR Art. 5(2), Art. 6(1); DSG Art. 31', filled: count((a) => a.legalBases.length > 0), total }
  ]
}
