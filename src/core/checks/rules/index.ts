import type { Rule } from '../types'
import { dataCategoryRules } from './data-categories'
import { dpiaRules } from './dpia'
import { lawfulnessRules } from './lawfulness'
import { linkRules } from './links'
import { organisationRules } from './organisation'
import { processorRules } from './processor'
import { recipientRules } from './recipients'
import { reviewRules } from './review'
import { ropaRules } from './ropa'
import { systemRules } from './systems'
import { tomRules } from './toms'
import { transferRules } from './transfers'

/** Every consistency rule, grouped as the record is read: record, lawfulness, transfers, parties, security, DPIA, upkeep. */
export const rules: readonly Rule[] = [
  ...ropaRules,
  ...processorRules,
  ...lawfulnessRules,
  ...transferRules,
  ...recipientRules,
  ...systemRules,
  ...tomRules,
  ...linkRules,
  ...dpiaRules,
  ...reviewRules,
  ...dataCategoryRules,
  ...organisationRules
]

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]))
