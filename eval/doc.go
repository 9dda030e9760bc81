// Package eval scores extracted facts against gold annotations with the
// matching rules of Dossier's evaluation scheme: names are normalised
// (NFKC, lower case, Cyrillic written in Latin letters, anything but letters
// removed, romanisation variants folded together) before comparison; entities matched by type and any shared
// name; relations by predicate, subject, object and (where gold gives one)
// date prefix; one-to-one greedy matching; precision, recall and F1 per
// document, per language and overall from summed counts.
package eval
