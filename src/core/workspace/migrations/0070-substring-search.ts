/**
 * German builds words by compounding: "Portal" must find "Kundenportal". A trigram index
 * answers substring queries of three or more characters, case- and accent-insensitive; the
 * word index (search) keeps serving short prefixes. Both are keyed by entities.rid.
 */
export const substringSearch = `
CREATE VIRTUAL TABLE search_sub USING fts5 (
  name, body,
  tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO search_sub (rowid, name, body) SELECT rowid, name, body FROM search;
`
