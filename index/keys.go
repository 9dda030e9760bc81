package index

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/internal/translit"
)

// minKey is the shortest match key the index holds: shorter keys are
// initials ("Ж.", "J"), which the index does not post (they would match
// half the collection) but Find uses to rank the candidates the other words
// found.
const minKey = 2

// words splits a name into its words: runs of letters and digits, with an
// apostrophe inside a word kept (Stalin's, Stalin’s) so that morph can strip
// the possessive. Hyphens, dots and spaces separate words, so "Кара-Кыргыз"
// and "И.В.Сталин" give two and three words.
func words(s string) []string {
	var out []string
	start := -1
	rs := []rune(s)
	for i, r := range rs {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !inWord && isApostrophe(r) && start >= 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
			inWord = true
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, string(rs[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '`':
		return true
	}
	return false
}

// wordKeys gives the match keys of one word: surface is the key of the
// word as written (translit.Key: romanised, folded), stems the keys of the
// base forms morph proposes for it (Абдрахмановдун → Абдрахманов, Stalin's
// → Stalin), without surface and without keys shorter than minKey. Keys are
// plain ASCII letters. surface is "" for a word without letters.
func wordKeys(w string) (surface string, stems []string) {
	surface = translit.Key(w)
	for _, s := range morph.Stems(w) {
		k := translit.Key(s)
		if len(k) < minKey || k == surface || contains(stems, k) {
			continue
		}
		stems = append(stems, k)
	}
	return surface, stems
}

// formKeys gives every key the index posts for one name form: the surface
// and stem keys of each of its words, initials left out, distinct, in order
// of first appearance.
func formKeys(form string) []string {
	var out []string
	for _, w := range words(form) {
		surface, stems := wordKeys(w)
		if len(surface) >= minKey && !contains(out, surface) {
			out = append(out, surface)
		}
		for _, s := range stems {
			if !contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// probeWords are run through the normalisation when the index is opened: if
// their keys differ from the ones recorded when the index was written,
// translit or morph has changed since, the stored keys no longer match what
// Find would compute, and the index is rebuilt from the store (Sync).
func probeWords() []string {
	return []string{
		"Абдрахмановдун", "Жусупка", "Abdrakhmanov's", "Сталину", "Москвада", "Ташкентте",
		"Кыргызстандын", "Иоффе", "Raskolnikov", "Ходжаев", "Өзбекстандын", "Мамбетимин-уулу",
		"Тыныстановдун", "Щербаков", "Юсупов", "Ысык-Көлгө",
	}
}

// fingerprint summarises the keys of probeWords.
func fingerprint() string {
	h := sha256.New()
	for _, w := range probeWords() {
		h.Write([]byte(strings.Join(formKeys(w), " ")))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
