package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier/internal/translit"
)

// Gold is one line of a gold file.
type Gold struct {
	Doc      string   `json:"doc"`
	Kind     string   `json:"kind"`
	Type     string   `json:"type"`
	Subject  string   `json:"subject"`
	Object   string   `json:"object"`
	Aliases  []string `json:"aliases"`
	Date     string   `json:"date"`
	Place    string   `json:"place"`
	Evidence string   `json:"evidence"`
}

// ReadGold reads a gold file (JSON Lines). Errors name the line.
func ReadGold(r io.Reader) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(b), &g); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", n, err)
		}
		if g.Kind != "entity" && g.Kind != "relation" {
			return nil, fmt.Errorf("gold line %d: kind %q: want entity or relation", n, g.Kind)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// NormName normalises a name for comparison: NFKC, lower case, Cyrillic
// romanised, non-letters dropped, romanisation variants folded (kh~h,
// zh~j, dzh~j, y~i, w~v, q~k).
func NormName(s string) string {
	s = norm.NFKC.String(s)
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "ё", "е")
	s = strings.ToLower(translit.ASCII(translit.Latin(s)))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	k := b.String()
	for _, p := range [][2]string{{"dzh", "j"}, {"zh", "j"}, {"kh", "h"}, {"y", "i"}, {"w", "v"}, {"q", "k"}} {
		k = strings.ReplaceAll(k, p[0], p[1])
	}
	return k
}

// NormPredicate compares predicates ignoring case and punctuation.
func NormPredicate(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
