package gazetteer

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-kg/dossier/data"
)

// TestParseEntries: where parseEntries reads a file, it reads what the
// YAML parser reads; it reads every gazetteer file of the project.
func TestParseEntries(t *testing.T) {
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	files, err := fs.Glob(gfs, "*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gazetteer files: %v", err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(gfs, f)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := parseEntries(b); !ok {
			t.Errorf("%s: not in the plain form", f)
		}
		sameAsYAML(t, f, b)
	}
	plain := "- id: a\n  type: Place\n  name: Ak-Suu\n"
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"", true},
		{"# only a comment\n\n", true},
		{plain, true},
		{plain + "  en: [Ak-Suu, 'Ak: Suu', 'It''s', People's Commissariat,Frunze ,  Osh]\n", true},
		{plain + "  note: a note, with [brackets], \"quotes\" and C#\n", true},
		{plain + "  note: '1928'\n  wikidata: 1928\n", true},
		{plain + "  note: true\n  class: 2001-12-14\n", true},
		{plain + "  note: trailing   \n", true},
		{plain + "  note: ~\n", false},
		{plain + "  note: null\n", false},
		{plain + "  note:\n", false},
		{plain + "  note: \n", false},
		{plain + "  note: a # comment\n", false},
		{plain + "  note: a: b\n", false},
		{plain + "  note: \"double: quoted\"\n  en: [\"a, b\", 'c']\n", true},
		{plain + "  note: \"escaped\\t\"\n", false},
		{plain + "  note: \"double\" after\n", false},
		{plain + "  note: 'open\n  class: x'\n", false},
		{plain + "  note: a\n    continued\n", false},
		{plain + "  en:\n    - Ak-Suu\n", false},
		{plain + "  en: []\n", false},
		{plain + "  en: [a, ]\n", false},
		{plain + "  en: [a\n", false},
		{plain + "  en: [a:b]\n", false},
		{plain + "  en: a\n", false},
		{plain + "  name: again\n", false},
		{plain + "  other: x\n", false},
		{plain + "  note: !!binary aGk=\n", false},
		{plain + "  note: &x a\n", false},
		{"---\n" + plain, false},
		{"id: a\n", false},
		{"  id: a\n", false},
		{plain + "\tnote: x\n", false},
		{plain + "  note: x\r\n", false},
		{plain + "  note: x\u2028y\n", false},
		{plain + "  note: \xff\n", false},
	} {
		if _, ok := parseEntries([]byte(c.text)); ok != c.ok {
			t.Errorf("parseEntries(%q): ok %v, want %v", c.text, ok, c.ok)
		}
		sameAsYAML(t, c.text, []byte(c.text))
	}
}

// sameAsYAML fails when parseEntries reads b and the YAML parser reads it
// otherwise, or not at all.
func sameAsYAML(t *testing.T, name string, b []byte) {
	t.Helper()
	got, ok := parseEntries(b)
	if !ok {
		return
	}
	var want []Entry
	if err := yaml.Unmarshal(b, &want); err != nil {
		t.Errorf("%q: read, but the YAML parser fails: %v", name, err)
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q: read as %+v, the YAML parser reads %+v", name, got, want)
	}
}

// TestPlainBytes: plainBytes answers as the check it replaced did (no
// rune of a set, no control byte but the newline, no DEL), on every valid
// UTF-8 text tried: the gazetteer files, edge cases and random texts.
func TestPlainBytes(t *testing.T) {
	old := func(b []byte) bool {
		if bytes.ContainsAny(b, "\r\t\u0085\u2028\u2029\ufeff") {
			return false
		}
		for _, c := range b {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
		}
		return true
	}
	texts := []string{"", "a\nb", "a\tb", "a\rb", "\x7f", "\x1f", "\u0085", "x\u2028", "\u2029y", "\ufeff", "\u0084\u0086",
		"\u2027\u202a", "\ufefe\ufeffz", "Ак-Суу\n", "\u00c2\u0085", "\u0080", "\u00ef\u00bb\u00bf", "é€"}
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(gfs, "*.yaml")
	for _, f := range files {
		b, err := fs.ReadFile(gfs, f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	alphabet := []rune{'a', '\n', '\t', '\r', 0x7f, 0x1f, 0x85, 0x84, 0x2028, 0x2029, 0x202f, 0xfeff, 0xfefe, 'ж', 'é', 0xc2, 0xe2, 0xef, 0x10000}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		r := make([]rune, rng.IntN(6))
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(r))
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Fatalf("%q: not UTF-8", s)
		}
		if got, want := plainBytes([]byte(s)), old([]byte(s)); got != want {
			t.Errorf("plainBytes(%q) = %v, want %v", s, got, want)
		}
	}
}
