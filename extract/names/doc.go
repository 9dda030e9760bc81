// Package names recognises names the gazetteers do not know, by their shape
// and their context, in Kyrgyz, Russian and English: people (initials and
// surname, patronymics in -ович/-овна and -уулу/-кызы, a given name and a
// surname, a title or role before a name, surname-shaped words),
// organisations (a head noun such as committee/комитет/комитети with its
// modifiers and genitive complements, quoted names before a head), places
// (a cue such as шаары, г., city of), events (congress, revolt, purge) and
// works (a title after newspaper/газета/гезит).
//
// It works on one sentence's tokens and reports candidates with token
// ranges, a type, the rule that fired and a confidence; the extractor
// decides between overlapping candidates.
package names
