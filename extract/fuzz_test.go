package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// FuzzExtract: whatever the text, extraction does not panic (a panic the
// guards catch is reported as a problem, and that fails this test too),
// and every span it reports lies inside the text, on rune boundaries, with
// the quote it claims (whitespace collapsed).
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	for _, s := range []string{
		"", "(", "((((", "«", "1938-", "-жылы", "г.", "ЦК ВКП(б)нын", "Тов. .", "* † ;", ":\n:\n",
		"Ф. И. О.: ; ; Год рождения: ;", "ИВАНОВ (", "To the , to the", "5.V.", "[4?] мая", "\u0301\u0301",
		"Сталинге кат\n\nМосква. 5 май 1925ж.\nЖ. Абдрахманов", "a\x00b",
	} {
		f.Add(s)
	}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // documents reach the extractor decoded (ingest rejects invalid UTF-8)
		}
		doc := dossier.NewDocument("fuzz/doc.txt", "doc.txt", []byte(text))
		ex, err := x.Extract(context.Background(), doc)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for _, p := range ex.Problems {
			if strings.Contains(p.Error(), "internal error") {
				t.Fatalf("a rule panicked: %v", p)
			}
		}
		check := func(what string, sp dossier.Span, quote string) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("%s span %v outside the text (%d bytes)", what, sp, len(text))
			}
			if !utf8.RuneStart(text[sp.Start]) && sp.Start < len(text) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
				t.Fatalf("%s span %v cuts a rune", what, sp)
			}
			if quote != "" && strings.Join(strings.Fields(text[sp.Start:sp.End]), " ") != quote {
				t.Fatalf("%s span %v holds %q, quote is %q", what, sp, text[sp.Start:sp.End], quote)
			}
		}
		for _, e := range ex.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.Name, m.Span, m.Text)
			}
		}
		for _, fct := range ex.Facts {
			for _, ev := range fct.Evidence {
				check("evidence of "+string(fct.Predicate), ev.Span, ev.Quote)
			}
		}
	})
}
