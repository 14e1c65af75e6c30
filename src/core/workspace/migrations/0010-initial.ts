/** The first schema. Entities share one table; their fields live in a JSON document per row. */
export const initial = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- rid is an explicit rowid so VACUUM can never renumber it: the search index is keyed by it.
CREATE TABLE entities (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (kind, ref)
) STRICT;
CREATE INDEX entities_kind_name ON entities (kind, name COLLATE NOCASE);
CREATE INDEX entities_kind_updated ON entities (kind, updated_at);
CREATE INDEX entities_kind_status ON entities (kind, json_extract(data, '$.status'));
CREATE INDEX entities_kind_owner ON entities (kind, json_extract(data, '$.owner'));

CREATE TABLE ref_counters (
  kind TEXT PRIMARY KEY,
  next INTEGER NOT NULL
) STRICT;

-- One row per link from an entity field to another entity; the source of back-references.
CREATE TABLE links (
  from_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  to_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (from_id, path, to_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX links_to ON links (to_id);

CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  changes TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_entity ON audit (entity, entity_id, seq);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE VIRTUAL TABLE search USING fts5 (
  name, body, entity_id UNINDEXED, kind UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
`
