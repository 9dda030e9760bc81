package gen

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/eval"
)

func mustNew(t testing.TB, o Options) *Generator {
	t.Helper()
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	a := mustNew(t, Options{Cards: 200, Seed: 7})
	b := mustNew(t, Options{Cards: 200, Seed: 7})
	c := mustNew(t, Options{Cards: 200, Seed: 8})
	same := 0
	for i := range a.opt.Files() {
		fa, fb, fc := a.File(i), b.File(i), c.File(i)
		if fa.Path != fb.Path || !bytes.Equal(fa.Text, fb.Text) {
			t.Fatalf("file %d differs between two generators with one seed", i)
		}
		if bytes.Equal(fa.Text, fc.Text) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d files are the same under seeds 7 and 8", same)
	}
	// A smaller collection is the start of a larger one: every file but
	// the last (which holds fewer cards) is the same.
	d := mustNew(t, Options{Cards: 130, Seed: 7})
	for i := range d.opt.Files() - 1 {
		if !bytes.Equal(a.File(i).Text, d.File(i).Text) {
			t.Fatalf("file %d of 130 cards differs from file %d of 200", i, i)
		}
	}
	if n := d.File(d.opt.Files() - 1).Cards; n != 10 {
		t.Errorf("last file holds %d cards, want 10", n)
	}
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestGoldIsInTheText: every evidence quote is in its document (whitespace
// collapsed, as the evaluation compares them), every alias is written in
// it as given, and every relation names entities of the document's gold.
func TestGoldIsInTheText(t *testing.T) {
	g := mustNew(t, Options{Cards: 600, Seed: 1, PerFile: 12})
	for i := range g.opt.Files() {
		f := g.File(i)
		text := string(f.Text)
		flat := collapse(text)
		names := map[string]bool{}
		for _, l := range f.Gold {
			if l.Doc != filepath.Base(f.Path) {
				t.Fatalf("%s: gold line for %q", f.Path, l.Doc)
			}
			if !strings.Contains(flat, collapse(l.Evidence)) {
				t.Errorf("%s: evidence %q is not in the text", f.Path, l.Evidence)
			}
			if l.Kind == "entity" {
				names[l.Subject] = true
				if len(l.Aliases) == 0 {
					t.Errorf("%s: entity %q without forms", f.Path, l.Subject)
				}
				for _, a := range l.Aliases {
					if !strings.Contains(flat, a) {
						t.Errorf("%s: alias %q of %q is not in the text", f.Path, a, l.Subject)
					}
				}
			}
		}
		for _, l := range f.Gold {
			if l.Kind != "relation" {
				continue
			}
			if !names[l.Subject] {
				t.Errorf("%s: relation %s has subject %q, not an entity of the document", f.Path, l.Type, l.Subject)
			}
			if !isISO(l.Object) && !names[l.Object] {
				t.Errorf("%s: relation %s has object %q, neither a date nor an entity of the document", f.Path, l.Type, l.Object)
			}
		}
	}
}

func isISO(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i, r := range s {
		if (i == 4 || i == 7) && r == '-' {
			continue
		}
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// TestVariety: a few thousand cards hold every people, language, genre,
// patronymic form and fate the generator knows.
func TestVariety(t *testing.T) {
	g := mustNew(t, Options{Cards: 3000, Seed: 3})
	seen := map[string]int{}
	for i := range g.opt.Files() {
		f := g.File(i)
		seen["lang "+f.Lang]++
		seen["genre "+f.Genre]++
		text := string(f.Text)
		for _, w := range []string{" уулу", " кызы", "ович", "овна", "Chong-Tash", "Чоң-Таш", "ИТЛ", "лагерине", "labour camp",
			"сүргүн", "высылк", "exile", "Реабилитирован", "акталган", "Rehabilitated", "тройкой НКВД", "үчилтиги", "NKVD troika",
			"киргиз", "казах", "узбек", "татар", "русск", "кишлак", "аул", "с. ", "д. "} {
			if strings.Contains(text, w) {
				seen[w]++
			}
		}
		for _, l := range f.Gold {
			seen["pred "+l.Type]++
		}
	}
	for _, k := range []string{"lang ky", "lang ru", "lang en", "genre card", "genre book", " уулу", " кызы", "ович", "овна",
		"Chong-Tash", "Чоң-Таш", "ИТЛ", "лагерине", "labour camp", "сүргүн", "высылк", "exile", "Реабилитирован", "акталган",
		"Rehabilitated", "тройкой НКВД", "үчилтиги", "NKVD troika", "киргиз", "казах", "узбек", "татар", "русск", "кишлак", "аул",
		"с. ", "д. ", "pred Person", "pred Place", "pred Organization", "pred Document", "pred bornOn", "pred bornIn", "pred locatedIn",
		"pred memberOf", "pred executedOn", "pred executedIn", "pred diedOn", "pred exiledTo", "pred rehabilitatedOn", "pred rehabilitatedBy"} {
		if seen[k] == 0 {
			t.Errorf("3000 cards never have %q", k)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	g := mustNew(t, Options{Cards: 45, Seed: 2, PerFile: 10})
	sum, err := g.Write(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 5 || sum.Cards != 45 {
		t.Fatalf("summary %+v, want 5 files and 45 cards", sum)
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) != 5 {
		t.Fatalf("wrote %v (%v), want 5 files", files, err)
	}
	f, err := os.Open(filepath.Join(dir, GoldFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != sum.GoldLines {
		t.Fatalf("gold file has %d lines, summary says %d", len(gold), sum.GoldLines)
	}
	again := t.TempDir()
	if _, err := g.Write(context.Background(), again, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range append(files, filepath.Join(dir, GoldFile)) {
		rel, _ := filepath.Rel(dir, p)
		a, _ := os.ReadFile(p)
		b, _ := os.ReadFile(filepath.Join(again, rel))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two writes", rel)
		}
	}
}
