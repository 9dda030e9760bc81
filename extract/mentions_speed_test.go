package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// samplePaths returns the paths of the sample collection's documents and
// of the test documents.
func samplePaths(t *testing.T) []string {
	t.Helper()
	root := testenv.RepoRoot(t)
	var paths []string
	for _, dir := range []string{filepath.Join(root, "data", "corpus"), filepath.Join(root, "extract", "testdata")} {
		ps, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		paths = append(paths, ps...)
	}
	return paths
}

// speedDocuments returns the documents of the sample collection and of
// the test data, with a few made-up ones that name an event and use its
// head noun alone ten and eleven sentences later.
func speedDocuments(t *testing.T) []*dossier.Document {
	t.Helper()
	var docs []*dossier.Document
	for _, p := range samplePaths(t) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, dossier.NewDocument("t/"+filepath.Base(p), p, raw))
	}
	filler := strings.Repeat("Асан Беков мугалим болгон. ", 9)
	for i, text := range []string{
		"1916-жылкы көтөрүлүш башталды. " + filler + "Көтөрүлүштүн себеби белгилүү.\n",
		"1916-жылкы көтөрүлүш башталды. " + filler + "Асан келди. Көтөрүлүштүн себеби белгилүү.\n",
		"In 1916 Asan Bekov led the Central Asian revolt. " + strings.Repeat("He was a teacher. ", 9) + "The revolt failed.\n",
		"In 1916 Asan Bekov led the Central Asian revolt. " + strings.Repeat("He was a teacher. ", 10) + "The revolt failed.\n",
	} {
		docs = append(docs, dossier.NewDocument(fmt.Sprintf("t/anaphora-%d.txt", i), "", []byte(text)))
	}
	return docs
}

// mentionRows lists a document's mentions, one line each, for comparing.
func mentionRows(d *docState) []string {
	var rows []string
	for si, ms := range d.ments {
		for _, m := range ms {
			rows = append(rows, fmt.Sprintf("%d %d-%d %s %s %d %v %q", si, m.start, m.end, m.rule, m.typ, m.entry, m.lastCase, m.text))
		}
	}
	return rows
}

// TestEventAnaphoraSkipsNothing checks that eventAnaphora, which reads
// only sentences near a known event, links the same words as reading every
// word of every sentence, as it once did.
func TestEventAnaphoraSkipsNothing(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, doc := range speedDocuments(t) {
		d := split(x, doc)
		d.findDates()
		d.findMentions()
		got := mentionRows(d)
		// undo eventAnaphora, then link every word as before
		for si, ms := range d.ments {
			d.ments[si] = slices.DeleteFunc(ms, func(m *mention) bool { return m.rule == "event-anaphora" })
		}
		everyWordAnaphora(d)
		want := mentionRows(d)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: mentions\n%s\nwant\n%s", doc.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		for _, r := range got {
			if strings.Contains(r, "event-anaphora") {
				linked++
			}
		}
	}
	if linked < 2 {
		t.Errorf("%d words linked to an event before, want at least 2", linked)
	}
}

// everyWordAnaphora is eventAnaphora as it was, reading every word.
func everyWordAnaphora(d *docState) {
	for si := range d.sents {
		toks := d.sents[si].Tokens
		lx := d.x.lex.For(d.sents[si].Lang)
		for ti, t := range toks {
			if t.Kind != segment.Word || t.Upper() {
				continue
			}
			stem := directEventStem(d.x, lx, t.Text)
			if stem == "" || d.covered(si, ti) {
				continue
			}
			if ante := d.eventBefore(si, ti, stem); ante != nil {
				m := d.newMention(si, ti, ti+1, "event-anaphora", 0.6)
				m.typ, m.entry = dossier.Event, ante.entry
				d.addMention(si, m)
			}
		}
	}
}

// TestCommissarTitleWords checks commissarTitle's quick test against the
// words it names, and a few that it does not.
func TestCommissarTitleWords(t *testing.T) {
	for _, w := range []string{"commissar", "нарком", "наркома", "наркомом", "наркому", "комиссар", "комиссара", "комиссаром"} {
		if !commissarTitle(w) {
			t.Errorf("commissarTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"", "c", "commissars", "наркомы", "комиссары", "комиссариат", "kommissar", "Нарком"} {
		if commissarTitle(w) {
			t.Errorf("commissarTitle(%q) = true", w)
		}
	}
}

// TestKeepListCapped checks that a sentence's list of mentions, though it
// shares a slab with the next sentence's, can be appended to (as
// addMention does) without writing over the next.
func TestKeepListCapped(t *testing.T) {
	d := &docState{}
	ms := []*mention{{start: 1}, {start: 2}, {start: 3}, {start: 4}}
	a := d.keepList(ms[:2])
	b := d.keepList(ms[2:3])
	if d.keepList(nil) != nil {
		t.Error("keepList(nil) is not nil")
	}
	a = append(a, ms[3])
	if b[0] != ms[2] || len(a) != 3 || a[0] != ms[0] || a[2] != ms[3] {
		t.Errorf("after appending to the first list: %v %v", a, b)
	}
}

// TestAbbreviationMarks checks the quick test resolveAbbreviation makes
// before reading a name word by word.
func TestAbbreviationMarks(t *testing.T) {
	for text, want := range map[string]bool{
		"Семипалат. обл.":      true,
		"Туркест. ЦИК":         true,
		"Кочкорский р-н":       true,
		"Джалал-Абадская обл.": true,
		"Джалал-Абадская":      false,
		"Фрунзе":               false,
		"Turkestan ASSR":       false,
	} {
		toks := segment.Tokenize(text, dossier.Span{Start: 0, End: len(text)})
		n := len(toks)
		if toks[n-1].Text == "." {
			n-- // the name ends before its last dot, as a mention does
		}
		if got := abbreviationMarks(toks, 0, n); got != want {
			t.Errorf("abbreviationMarks(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWordShapesAgree checks ruAdjectiveLower and oneLetter, which test
// the cheap things first, against the plain readings on every word of the
// sample documents and a few odd strings.
func TestWordShapesAgree(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks, _ := memoWords(t, x)
	words := []string{"", "а", "й", "ый", "новый", "ноый", "abcde", "xxxый", "\xd0", "\xb9\xd0\xb9", "ёё", "Ж"}
	for _, tk := range toks {
		words = append(words, tk.Text, tk.Lower)
	}
	for _, w := range words {
		adj := utf8.RuneCountInString(w) >= 5 && slices.ContainsFunc(ruAdjectiveEndings[:], func(e string) bool { return strings.HasSuffix(w, e) })
		if got := ruAdjectiveLower(w); got != adj {
			t.Fatalf("ruAdjectiveLower(%q) = %v, want %v", w, got, adj)
		}
		if got, want := oneLetter(w), utf8.RuneCountInString(w) == 1; got != want {
			t.Fatalf("oneLetter(%q) = %v, want %v", w, got, want)
		}
	}
}
