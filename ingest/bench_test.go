package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/dossier-kg/dossier/internal/fixture"
)

// benchParagraphs is about 30 KB of text in the three languages, the size
// of a journal article.
func benchParagraphs() []string {
	base := []string{
		"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган. Ал катында областтын чарбасы жөнүндө кеңири баяндап, жардам сураган.",
		"Турар Рыскулов родился в 1894 году. В 1937 году Рыскулов был арестован в Кисловодске, а в феврале 1938 года расстрелян. Реабилитирован в 1956 году.",
		"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara. The letter described the state of the republic and asked for instructions.",
	}
	var out []string
	for len(strings.Join(out, "\n\n")) < 30_000 {
		out = append(out, base...)
	}
	return out
}

func benchRead(b *testing.B, name string, raw []byte) {
	p := filepath.Join(b.TempDir(), name)
	if err := os.WriteFile(p, raw, 0o644); err != nil {
		b.Fatal(err)
	}
	r := &Reader{}
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Read(context.Background(), Item{Path: p, ID: "b/" + name, Explicit: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	paras := benchParagraphs()
	ru := strings.Join(paras, "\n\n")
	cp1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(strings.NewReplacer("ө", "о", "ү", "у", "ң", "н", "Ө", "О").Replace(ru)))
	var html strings.Builder
	html.WriteString("<!DOCTYPE html><html><head><title>Letters</title></head><body><nav><a href='/'>Home</a></nav><article>")
	for _, p := range paras {
		html.WriteString("<p>" + p + "</p>")
	}
	html.WriteString("</article><footer>© Archive</footer></body></html>")
	cases := []struct {
		name string
		raw  []byte
	}{
		{"text.txt", []byte(ru)},
		{"windows-1251.txt", cp1251},
		{"page.html", []byte(html.String())},
		{"letter.docx", fixture.DOCX{Paragraphs: paras}.Bytes()},
		{"article.pdf", fixture.Typeset{Header: "Journal", PageNumbers: true, Hyphenate: true}.PDF(paras).Bytes()},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { benchRead(b, c.name, c.raw) })
	}
}
