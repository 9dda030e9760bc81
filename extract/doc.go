// Package extract turns a document into entities and facts, every fact with
// its evidence. The pipeline, per document:
//
//	normalize (textnorm) -> segment (sentences, tokens, language)
//	-> recognise (dates; gazetteer names through morphology; names by shape
//	   and context) -> resolve (one entity per real thing: inflections,
//	   initials, scripts, typos) -> relate (rules per predicate and language,
//	   letter frames, stance) -> emit (spans mapped back to the original text)
//
// Rule-based and lexicon-based: no model, no network. See docs/extraction.md.
package extract
