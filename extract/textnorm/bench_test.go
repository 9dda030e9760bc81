package textnorm

import (
	"os"
	"testing"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// benchTexts reads the sample collection (or the documents of
// DOSSIER_BENCH_DIR) and sets the bytes a benchmark's loop handles.
func benchTexts(b *testing.B) []string {
	var texts []string
	size := 0
	for _, p := range testenv.BenchFiles(b) {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	return texts
}

// BenchmarkNormalize cleans the benchmark's documents: the speed of every
// clean-up pass, the offset maps and the paragraph classification.
func BenchmarkNormalize(b *testing.B) {
	texts := benchTexts(b)
	for b.Loop() {
		for _, t := range texts {
			Normalize(t)
		}
	}
}

// BenchmarkRunePass is the rune replacement pass alone (with its check
// of plain scripts, which spares the normaliser's).
func BenchmarkRunePass(b *testing.B) {
	texts := benchTexts(b)
	for b.Loop() {
		for _, t := range texts {
			runePass(t)
		}
	}
}

// cleanInputs returns each document as the word pass reads it (after the
// rune pass) and as the paragraphs are found in it (after the line pass).
func cleanInputs(texts []string) (words, paras []string) {
	for _, t := range texts {
		r, _ := runePass(t)
		words = append(words, r)
		paras = append(paras, Normalize(t).Clean)
	}
	return words, paras
}

// BenchmarkWordPass is the per-word repairs alone.
func BenchmarkWordPass(b *testing.B) {
	words, _ := cleanInputs(benchTexts(b))
	for b.Loop() {
		for _, t := range words {
			wordPass(t)
		}
	}
}

// BenchmarkLinePass is the joining of lines into paragraphs alone.
func BenchmarkLinePass(b *testing.B) {
	words, _ := cleanInputs(benchTexts(b))
	for i, t := range words {
		words[i], _ = wordPass(t)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range words {
			linePass(t, nil)
		}
	}
}

// BenchmarkParagraphs is the paragraphs' classification alone.
func BenchmarkParagraphs(b *testing.B) {
	_, paras := cleanInputs(benchTexts(b))
	for b.Loop() {
		for _, t := range paras {
			paragraphs(t)
		}
	}
}
