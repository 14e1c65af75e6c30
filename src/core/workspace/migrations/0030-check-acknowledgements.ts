/**
 * Findings of the consistency checks that someone accepted, with the reason. One row per rule and
 * entity ("organisation" for findings about the controller); changes are recorded in the audit trail.
 */
export const checkAcknowledgements = `
CREATE TABLE check_acks (
  rule_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  author TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (rule_id, entity_id)
) STRICT;
`
