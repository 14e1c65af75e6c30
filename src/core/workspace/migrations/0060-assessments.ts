/**
 * Checklists and assessments: user templates, assessments (each with its own copy of the template
 * it was created from), answers, findings, remediation actions, schedules, and evidence files as
 * BLOBs — inside the encrypted workspace, never anywhere else on disk. The organisation as target
 * has target_id '' so that one schedule per template and target can be a UNIQUE constraint.
 */
export const assessments = `
CREATE TABLE checklist_templates (
  key TEXT PRIMARY KEY,
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  template_key TEXT NOT NULL,
  template TEXT NOT NULL CHECK (json_valid(template)),
  target_type TEXT NOT NULL CHECK (target_type IN ('organisation', 'activity', 'system')),
  target_id TEXT NOT NULL,
  title TEXT NOT NULL,
  assignee TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'completed')),
  regimes TEXT NOT NULL CHECK (json_valid(regimes)),
  previous_id TEXT REFERENCES assessments (id) ON DELETE SET NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT
) STRICT;
CREATE INDEX assessments_target ON assessments (target_type, target_id, template_key);
CREATE INDEX assessments_status_due ON assessments (status, due_date);
CREATE INDEX assessments_previous ON assessments (previous_id);

CREATE TABLE assessment_answers (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  value TEXT CHECK (value IS NULL OR json_valid(value)),
  comment TEXT NOT NULL,
  author TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, question_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_findings (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  question_id TEXT,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX assessment_findings_assessment ON assessment_findings (assessment_id);

CREATE TABLE assessment_actions (
  id TEXT PRIMARY KEY,
  finding_id TEXT NOT NULL REFERENCES assessment_findings (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  done_at TEXT
) STRICT;
CREATE INDEX assessment_actions_finding ON assessment_actions (finding_id);
CREATE INDEX assessment_actions_status_due ON assessment_actions (status, due_date);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  question_id TEXT,
  name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  data BLOB NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_assessment ON attachments (assessment_id);

CREATE TABLE assessment_schedules (
  id TEXT PRIMARY KEY,
  template_key TEXT NOT NULL,
  target_type TEXT NOT NULL CHECK (target_type IN ('organisation', 'activity', 'system')),
  target_id TEXT NOT NULL,
  interval_months INTEGER NOT NULL CHECK (interval_months BETWEEN 1 AND 120),
  next_due TEXT NOT NULL,
  assignee TEXT NOT NULL,
  last_assessment_id TEXT REFERENCES assessments (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (template_key, target_type, target_id)
) STRICT;
CREATE INDEX assessment_schedules_due ON assessment_schedules (next_due);
`
