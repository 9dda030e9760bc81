package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
)

// syntheticPeople makes n distinct made-up people, each with a Cyrillic
// surname in two cases and a Latin form, spread over documents of perDoc
// people each.
func syntheticDocs(tb testing.TB, n, perDoc int) []dossier.DocumentStatements {
	tb.Helper()
	first := []string{"Асан", "Бакыт", "Жусуп", "Касым", "Мамбет", "Орозбек", "Токтогул", "Үсөн", "Чынгыз", "Эркин"}
	syl := []string{"ка", "ра", "бе", "ко", "ту", "ма", "ли", "сы", "ба", "ды", "жо", "ну", "ле", "ги", "ша", "ры"}
	var docs []dossier.DocumentStatements
	var ents []dossier.Entity
	for i := 0; i < n; i++ {
		sur := ""
		for j, x := 0, i; j < 4; j, x = j+1, x/len(syl) {
			sur += syl[x%len(syl)]
		}
		sur = string([]rune(sur)[0]-32) + string([]rune(sur)[1:]) + "ев"
		name := first[i%len(first)] + " " + sur
		e := ent(dossier.Person, fmt.Sprintf("Person %d", i), name, sur+"дун", sur+"а")
		ents = append(ents, e)
		if len(ents) == perDoc {
			docs = append(docs, statements(tb, fmt.Sprintf("s/%06d.txt", len(docs)), fmt.Sprint(len(docs)), ents...))
			ents = nil
		}
	}
	if len(ents) > 0 {
		docs = append(docs, statements(tb, fmt.Sprintf("s/%06d.txt", len(docs)), fmt.Sprint(len(docs)), ents...))
	}
	return docs
}

// BenchmarkFind looks up names in an index of 50,000 made-up people, by
// kind of query.
func BenchmarkFind(b *testing.B) {
	n, err := Open(filepath.Join(b.TempDir(), File), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	docs := syntheticDocs(b, 50000, 50)
	for i := 0; i < len(docs); i += 100 {
		if err := n.IndexDocuments(context.Background(), docs[i:min(i+100, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct{ name, q string }{
		{"Surname", "Каракобеев"},
		{"Inflected", "Каракобеевдун"},
		{"Latin", "Karakobeev"},
		{"Initial", "Ж. Каракобеев"},
		{"NearSpelling", "Каракобееф"},
		{"Prefix", "Карако"},
		{"CommonFirstName", "Жусуп"}, // 5,000 people share it
	} {
		b.Run(c.name, func(b *testing.B) {
			hits, err := n.Find(context.Background(), Query{Text: c.q})
			if err != nil || len(hits) == 0 {
				b.Fatalf("%s: %v, %v", c.q, hits, err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := n.Find(context.Background(), Query{Text: c.q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkIndexDocuments indexes batches of 64 documents of 20 people.
func BenchmarkIndexDocuments(b *testing.B) {
	docs := syntheticDocs(b, 64*20, 20)
	n, err := Open(filepath.Join(b.TempDir(), File), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := n.IndexDocuments(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}
