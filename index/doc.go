// Package index is Dossier's name index: it finds an entity by any form of
// its name — Абдрахманов, Abdrakhmanov, Жусуп, the inflected
// Абдрахмановдун, Ж. Абдрахманов — in milliseconds, without scanning the
// store (a regular expression over the names of a large store takes
// seconds in Cayley; see ../shared/CAYLEY.md).
//
// Every name form a document gives an entity (schema:name, rdfs:label,
// schema:alternateName) is split into words, and each word is posted under
// match keys: translit.Key of the word as written (romanised and folded, so
// that Cyrillic and the Latin spellings of several traditions meet) and of
// each base form extract/morph proposes for it (Kyrgyz, Russian and English
// endings stripped). A query's words go through the same normalisation;
// see Find for how they match.
//
// The index is a bolt file (File) inside the store's directory, kept up to
// date incrementally: it implements dossier.Indexer, which `dossier build`
// calls with each batch of documents the store has committed, and it
// remembers what each document contributed, so that a changed document's
// old names are taken out and a removed document's dropped. Sync repairs it
// from the store (after `dossier load`, on a store built before the index
// existed, after a failed write, or when the normalisation has changed
// since the file was written, which Open detects).
//
// The public surface is Open, Find, Resolve, Entity, IndexDocuments, Sync,
// Complete and Close.
package index
