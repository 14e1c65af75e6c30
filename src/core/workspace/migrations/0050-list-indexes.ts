/**
 * Registry lists open sorted by reference (VT-0001 … VT-10000): numeric order is length, then
 * text. This index serves that order without sorting 10,000 rows on every first page.
 */
export const listIndexes = `
CREATE INDEX entities_kind_ref_order ON entities (kind, length(ref), ref);
`
