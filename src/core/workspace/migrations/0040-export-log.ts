/**
 * What was exported when, by whom, from which state of the audit chain, and the SHA-256 of the
 * bytes handed out. Append-only like the audit trail: a log of documents given to an authority or
 * a client must not be rewritten. The index on audit.hash finds the state an export was made from.
 */
export const exportLog = `
CREATE TABLE export_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  what TEXT NOT NULL,
  format TEXT NOT NULL,
  lang TEXT NOT NULL,
  regime TEXT,
  depth TEXT,
  scope TEXT NOT NULL CHECK (json_valid(scope)),
  audit_head TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL
) STRICT;
CREATE INDEX export_log_what ON export_log (what, regime, at);
CREATE TRIGGER export_log_append_only_update BEFORE UPDATE ON export_log BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
CREATE TRIGGER export_log_append_only_delete BEFORE DELETE ON export_log BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
CREATE INDEX audit_hash ON audit (hash);
`
