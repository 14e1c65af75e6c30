/**
 * Which entities came from the built-in catalogs, and what they looked like when the catalog
 * wrote them. A catalog update may change an entity only while it still equals that baseline:
 * whatever the user edited stays theirs.
 */
export const catalogEntries = `
CREATE TABLE catalog_entries (
  kind TEXT NOT NULL,
  catalog_key TEXT NOT NULL,
  entity_id TEXT NOT NULL UNIQUE REFERENCES entities (id) ON DELETE CASCADE,
  baseline TEXT NOT NULL CHECK (json_valid(baseline)),
  catalog_version TEXT NOT NULL,
  PRIMARY KEY (kind, catalog_key)
) STRICT;
`
