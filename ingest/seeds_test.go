package ingest_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/eval"
	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// TestSeedsAsPDF prints the seed documents to PDF the way a journal would
// (LibreOffice, a running header, page numbers in the footer) and checks
// that the facts read from the PDFs score within two points of F1 of those
// read from the .txt seeds, for entities and for relations.
func TestSeedsAsPDF(t *testing.T) {
	seeds := testenv.Shared(t, "corpus", "seeds")
	goldPath := testenv.Shared(t, "eval", "seeds_gold.jsonl")
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.ReadGold(gf)
	gf.Close()
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds in %s: %v", seeds, err)
	}
	dir := t.TempDir()
	var docxs []string
	for _, n := range names {
		lines, err := readLines(n)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(n), ".txt")+".docx")
		d := fixture.DOCX{Paragraphs: lines, Header: "Dossier test print: " + filepath.Base(n), PageNumbers: true}
		if err := os.WriteFile(p, d.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		docxs = append(docxs, p)
	}
	// Two prints: from Word files with a running header and page numbers,
	// and LibreOffice's own import of the plain text.
	prints := map[string][]string{
		"journal print": fixture.Convert(t, "pdf", filepath.Join(dir, "journal"), docxs...),
		"text print":    fixture.Convert(t, "pdf", filepath.Join(dir, "text"), names...),
	}

	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	reader := ingest.NewReader()
	score := func(paths []string) *eval.Report {
		var pred []facts.Line
		for _, p := range paths {
			doc, err := reader.Read(context.Background(), ingest.Item{Path: p, ID: "seeds/" + filepath.Base(p), Explicit: true})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(p, "journal") && (doc.Format != "pdf" || !strings.Contains(strings.Join(doc.Notes, ";"), "running header")) {
				t.Fatalf("%s: format %s, notes %q: want a PDF whose running headers were removed", p, doc.Format, doc.Notes)
			}
			x, err := ex.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			// The gold names the .txt seeds.
			txtName := strings.TrimSuffix(doc.Name, filepath.Ext(doc.Name)) + ".txt"
			for _, l := range facts.FromExtraction(x, true) {
				if l.Source != "" {
					l.Source = txtName
				}
				for i := range l.Docs {
					l.Docs[i] = txtName
				}
				pred = append(pred, l)
			}
		}
		return eval.Score(pred, gold, nil)
	}
	txt := score(names)
	for _, name := range []string{"journal print", "text print"} {
		pdf := score(prints[name])
		t.Logf("%s: entities F1: txt %.3f, pdf %.3f; relations F1: txt %.3f, pdf %.3f", name,
			txt.Entities.F1(), pdf.Entities.F1(), txt.Relations.F1(), pdf.Relations.F1())
		for _, c := range []struct {
			what     string
			txt, pdf float64
		}{
			{"entities", txt.Entities.F1(), pdf.Entities.F1()},
			{"relations", txt.Relations.F1(), pdf.Relations.F1()},
		} {
			if c.pdf < c.txt-0.02 || c.pdf > c.txt+0.02 {
				t.Errorf("%s: %s F1 from PDF %.3f, from .txt %.3f: more than 2 points apart", name, c.what, c.pdf, c.txt)
			}
		}
	}
}

func readLines(p string) ([]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}
