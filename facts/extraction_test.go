package facts

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
)

// randomExtraction makes an extraction with what WriteExtraction treats
// specially: IDs no entity has, an empty ID, IDs twice, empty names and
// quotes, quotes repeated and alternating, dates, places, stances, text
// that needs escaping.
func randomExtraction(rng *rand.Rand, nEnt, nFact int) *dossier.Extraction {
	words := []string{"", "Жусуп", "Абдрахманов", "Frunze", `"q"`, "a\\b", "line\nbreak", "\xff", "\u2028", "ө", "https://w3id.org/dossier/id/person/x"}
	pick := func() string { return words[rng.IntN(len(words))] + words[rng.IntN(len(words))] }
	ids := []string{"", "missing", "also-missing"}
	x := &dossier.Extraction{Doc: &dossier.Document{ID: pick(), Name: pick()}}
	for i := range nEnt {
		id := fmt.Sprintf("https://w3id.org/dossier/id/e%d", i)
		switch rng.IntN(10) {
		case 0:
			id = ""
		case 1:
			if i > 0 {
				id = x.Entities[rng.IntN(i)].ID // an ID twice: the last entity names it
			}
		}
		e := dossier.Entity{ID: id, Type: dossier.EntityType([]string{"", "Person", "Place"}[rng.IntN(3)]), Name: pick(), Wikidata: []string{"", "Q1"}[rng.IntN(2)]}
		for range rng.IntN(4) {
			e.Names = append(e.Names, dossier.Name{Text: pick()})
		}
		x.Entities = append(x.Entities, e)
		ids = append(ids, id)
	}
	quotes := []string{"", pick(), pick(), pick()}
	date := func() *dossier.Date {
		if rng.IntN(3) > 0 {
			return nil
		}
		return &dossier.Date{Year: 1900 + rng.IntN(100), Month: rng.IntN(13), Day: rng.IntN(29), Precision: dossier.Precision(rng.IntN(6))}
	}
	for range nFact {
		f := dossier.Fact{Subject: ids[rng.IntN(len(ids))], Predicate: dossier.Predicate([]string{"", "bornIn", "diedOn"}[rng.IntN(3)]),
			Object: ids[rng.IntN(len(ids))], ObjectDate: date(), Date: date(),
			Stance: dossier.Stance([]string{"", string(dossier.Asserted), string(dossier.Hedged), "negated"}[rng.IntN(4)])}
		if rng.IntN(2) == 0 {
			f.Place = ids[rng.IntN(len(ids))]
		}
		for range rng.IntN(4) {
			f.Evidence = append(f.Evidence, dossier.Evidence{Span: dossier.Span{Start: rng.IntN(1000) - 1, End: rng.IntN(100000)},
				Quote: quotes[rng.IntN(len(quotes))], Rule: []string{"", "r", "en-born-place"}[rng.IntN(3)],
				Confidence: []float64{0, 0.7, 0.65, 1, 1e-9, 0.1 + 0.2}[rng.IntN(6)]})
		}
		x.Facts = append(x.Facts, f)
	}
	return x
}

// lineByLine writes xs as FromExtraction's lines, one at a time.
func lineByLine(t *testing.T, xs []*dossier.Extraction, asserted bool) string {
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, x := range xs {
		for _, l := range FromExtraction(x, asserted) {
			if err := w.Write(l); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestWriteExtractionRandom: WriteExtraction, with what it quotes once and
// reuses, writes what the lines written one by one are, for documents
// written one after another on one Writer (its scratch reused), small and
// large (past the flush size, past the entity map it keeps).
func TestWriteExtractionRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var xs []*dossier.Extraction
	for i := range 60 {
		n := rng.IntN(20)
		if i%20 == 7 {
			n = 5000
		}
		xs = append(xs, randomExtraction(rng, n, rng.IntN(3*n+2)))
	}
	for _, asserted := range []bool{false, true} {
		var b bytes.Buffer
		w := NewWriter(&b)
		for _, x := range xs {
			if err := w.WriteExtraction(x, asserted); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if want := lineByLine(t, xs, asserted); b.String() != want {
			got := strings.Split(b.String(), "\n")
			for i, l := range strings.Split(want, "\n") {
				if i >= len(got) || got[i] != l {
					t.Fatalf("asserted only %v: line %d: WriteExtraction wrote\n%s\nthe lines one by one are\n%s", asserted, i+1, got[min(i, len(got)-1)], l)
				}
			}
			t.Fatalf("asserted only %v: WriteExtraction wrote %d bytes, the lines one by one %d", asserted, b.Len(), len(want))
		}
	}
}

// TestWriteExtractionNaN: a confidence that is no JSON number fails the
// extraction at its line; the lines before it are written.
func TestWriteExtractionNaN(t *testing.T) {
	x := randomExtraction(rand.New(rand.NewPCG(3, 4)), 5, 0)
	x.Facts = []dossier.Fact{
		{Subject: x.Entities[0].ID, Predicate: "p", Evidence: []dossier.Evidence{{Quote: "a", Confidence: 0.5}, {Quote: "b", Confidence: math.NaN()}}},
	}
	var b bytes.Buffer
	w := NewWriter(&b)
	if err := w.WriteExtraction(x, false); err == nil {
		t.Fatal("NaN confidence written without an error")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := FromExtraction(x, false)
	want := lineByLine(t, []*dossier.Extraction{{Doc: x.Doc, Entities: x.Entities, Facts: []dossier.Fact{{Subject: x.Facts[0].Subject, Predicate: "p", Evidence: x.Facts[0].Evidence[:1]}}}}, false)
	if b.String() != want || len(lines) != 7 {
		t.Errorf("wrote\n%s\nwant\n%s", b.String(), want)
	}
}

// BenchmarkWriteExtraction writes a document of 80 entities and 120 facts
// like the archive cards'.
func BenchmarkWriteExtraction(b *testing.B) {
	x := randomExtraction(rand.New(rand.NewPCG(5, 6)), 80, 120)
	w := NewWriter(io.Discard)
	b.ReportAllocs()
	for b.Loop() {
		if err := w.WriteExtraction(x, false); err != nil {
			b.Fatal(err)
		}
	}
}
