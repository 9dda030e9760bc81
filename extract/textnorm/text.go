package textnorm

import (
	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier"
)

// ParaKind classifies a paragraph of the clean text.
type ParaKind uint8

const (
	// Prose is ordinary text.
	Prose ParaKind = iota
	// Boiler is site navigation or page furniture (menus, "Share", "Breaking
	// News"): kept in the text, skipped by extraction.
	Boiler
	// Repeat is a paragraph identical to the one before it (web pages repeat
	// photo captions): skipped by extraction.
	Repeat
)

// Para is a paragraph of the clean text.
type Para struct {
	Span dossier.Span // in Text.Clean
	Kind ParaKind
}

// Text is a cleaned document: Clean is what extraction reads, paragraphs
// separated by "\n\n"; Source maps spans of Clean back to the original.
type Text struct {
	Orig  string
	Clean string
	Paras []Para
	maps  []*offmap // one per pass, first pass first
}

// SourceSpan maps a span of Clean to the span of the original text it came
// from. The result always lies within the original text.
func (t *Text) SourceSpan(s dossier.Span) dossier.Span {
	a, b := s.Start, s.End
	for i := len(t.maps) - 1; i >= 0; i-- {
		a, b = t.maps[i].span(a, b)
	}
	if b < a {
		b = a
	}
	return dossier.Span{Start: a, End: b}.Clamp(len(t.Orig))
}

// SourceOffset maps an offset of Clean (as a span start) to the original.
func (t *Text) SourceOffset(off int) int {
	for i := len(t.maps) - 1; i >= 0; i-- {
		off = t.maps[i].start(off)
	}
	return off
}

// Normalize cleans text. It never fails: text it does not understand passes
// through unchanged.
func Normalize(text string) *Text { return NormalizeKnown(text, nil) }

// NormalizeKnown is Normalize with the caller's dictionary: known reports a
// word, in lower case, that the caller's lexicons know. A word hyphenated
// across a line break whose halves join into a known word loses its hyphen
// ("ию-" / "ля" is "июля") even when the document writes it nowhere else.
func NormalizeKnown(text string, known func(string) bool) *Text {
	t := &Text{Orig: text, maps: make([]*offmap, 0, 4)}
	// the rune pass reads the text first: in the same scan it tells a
	// text that NFC leaves alone (plain scripts) without the normaliser
	cur, runes, plain := runePlain(text)
	if plain || norm.NFC.IsNormalString(text) {
		_, same := identity(text)
		t.maps = append(t.maps, same, runes)
	} else {
		nfc, m := nfcCompose(text)
		cur, runes = runePass(nfc)
		t.maps = append(t.maps, m, runes)
	}
	cur, words := wordPass(cur)
	cur, lines := linePass(cur, known)
	t.maps = append(t.maps, words, lines)
	t.Clean = cur
	t.Paras = paragraphs(cur)
	return t
}
