package index

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/dossier-kg/dossier"
)

// postingSums checks that every posting holds its entity's summary as the
// summaries bucket has it, and returns how many postings there are.
func postingSums(t *testing.T, n *Names) int {
	t.Helper()
	count := 0
	n.db.View(func(tx *bolt.Tx) error {
		sums := tx.Bucket([]byte(bSum))
		return tx.Bucket([]byte(bTok)).ForEach(func(k, v []byte) error {
			count++
			i := bytes.IndexByte(k, 0)
			_, sum := readPosting(v)
			if want := sums.Get(k[i+1:]); !bytes.Equal(sum, want) {
				t.Errorf("posting %q: summary %x, the entity's is %x", k, sum, want)
			}
			return nil
		})
	})
	return count
}

// TestPostingsCarryTheSummary: each posting holds its entity's type and
// number of documents, kept current as documents come, change and go, so
// that the ranking by documents needs no other read.
func TestPostingsCarryTheSummary(t *testing.T) {
	ctx := context.Background()
	n := openIndex(t, docA(t))
	postingSums(t, n)
	// b mentions Abdrakhmanov too: two documents now, in every posting
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{docB(t)}); err != nil {
		t.Fatal(err)
	}
	postingSums(t, n)
	hits, err := n.Find(ctx, Query{Text: "Абдрахманов"})
	if err != nil || len(hits) != 1 || hits[0].Docs != 2 {
		t.Fatalf("hits %+v, %v", hits, err)
	}
	// removed again: one document
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{{ID: "c/b.txt"}}); err != nil {
		t.Fatal(err)
	}
	postingSums(t, n)
}

// TestRankingByDocumentsFollowsChanges: two namesakes rank by the
// documents that mention them, and the order turns when a document goes.
func TestRankingByDocumentsFollowsChanges(t *testing.T) {
	ctx := context.Background()
	bek := ent(dossier.Person, "Bek Asanov", "Бек Асанов")
	zhusup := ent(dossier.Person, "Zhusup Asanov", "Жусуп Асанов")
	n := openIndex(t,
		statements(t, "c/1.txt", "one", bek, zhusup),
		statements(t, "c/2.txt", "two", zhusup),
		statements(t, "c/3.txt", "three", zhusup),
		statements(t, "c/4.txt", "four", bek))
	if got := first(t, n, Query{Text: "Асанов"}); got != zhusup.ID {
		t.Fatalf("Асанов → %s, want %s (three documents against two)", got, zhusup.ID)
	}
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{{ID: "c/2.txt"}, {ID: "c/3.txt"}, statements(t, "c/5.txt", "five", bek)}); err != nil {
		t.Fatal(err)
	}
	if got := first(t, n, Query{Text: "Асанов"}); got != bek.ID {
		t.Errorf("Асанов → %s, want %s (three documents against one)", got, bek.ID)
	}
	postingSums(t, n)
}

// TestUpgradeAddsSummaries: an index of the layout whose postings hold only
// their count is upgraded when opened, and finds what it found before.
func TestUpgradeAddsSummaries(t *testing.T) {
	path := filepath.Join(t.TempDir(), File)
	n, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.IndexDocuments(context.Background(), []dossier.DocumentStatements{docA(t), docB(t)}); err != nil {
		t.Fatal(err)
	}
	queries := []string{"Абдрахманов", "Abdrakh", "Ж. Абдрахманов", "Москва", "Петерс", "Абдраманов"}
	find := func() string {
		s := ""
		for _, q := range queries {
			hits, err := n.Find(context.Background(), Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			s += fmt.Sprintf("%s: %+v\n", q, hits)
		}
		return s
	}
	want := find()
	// Back to the old layout: counts only.
	err = n.db.Update(func(tx *bolt.Tx) error {
		tok := tx.Bucket([]byte(bTok))
		var keys, vals [][]byte
		tok.ForEach(func(k, v []byte) error {
			c, _ := readPosting(v)
			keys, vals = append(keys, bytes.Clone(k)), append(vals, postingValue(c, nil))
			return nil
		})
		for i := range keys {
			if err := tok.Put(keys[i], vals[i]); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte(bMeta)).Put([]byte("format"), []byte(formatNoSums))
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := find(); got != want {
		t.Errorf("without summaries Find changed:\n%s---\n%s", got, want)
	}
	n.Close()
	n, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if postingSums(t, n) == 0 {
		t.Fatal("no postings after the upgrade")
	}
	n.db.View(func(tx *bolt.Tx) error {
		if f := string(tx.Bucket([]byte(bMeta)).Get([]byte("format"))); f != format {
			t.Errorf("format after the upgrade %q, want %q", f, format)
		}
		return nil
	})
	if got := find(); got != want {
		t.Errorf("after the upgrade Find changed:\n%s---\n%s", got, want)
	}
}

// TestPrefixStillSearchedForTheTypeAsked: a word's exact matches fill the
// hits only if they are of the type asked for; otherwise the prefix matches
// of that type still come.
func TestPrefixStillSearchedForTheTypeAsked(t *testing.T) {
	n := openIndex(t, statements(t, "c/p.txt", "places and people",
		ent(dossier.Place, "Talas", "Талас"),
		ent(dossier.Organization, "Talas Soviet", "Талас"),
		ent(dossier.Person, "Talasbek Umetov", "Таласбек Үметов"),
		ent(dossier.Person, "Talant Asanov", "Талант Асанов")))
	hits, err := n.Find(context.Background(), Query{Text: "Талас", Type: dossier.Person, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Name != "Talasbek Umetov" {
		t.Errorf("people for Талас: %+v, want Talasbek Umetov by the start of his name", hits)
	}
	all, err := n.Find(context.Background(), Query{Text: "Талас", Limit: 2})
	if err != nil || len(all) != 2 || all[0].Score != scoreExact || all[1].Score != scoreExact {
		t.Errorf("any type for Талас: %+v, %v, want the two exact matches", all, err)
	}
}

// TestYearPicksTheNamesake: namesakes told apart by their year of birth
// (".../asan-sadykov-1910") are found by name and year, in either order,
// or by the IRI's last segment; without the year, by name, both.
func TestYearPicksTheNamesake(t *testing.T) {
	older := ent(dossier.Person, "Asan Sadykov", "САДЫКОВ Асан Жумабекович")
	older.ID += "-1897"
	younger := ent(dossier.Person, "Asan Sadykov", "САДЫКОВ Асан Токтогулович")
	younger.ID += "-1910"
	// the older is in more documents: without a year it ranks first
	n := openIndex(t, statements(t, "c/1.txt", "one", older), statements(t, "c/2.txt", "two", older), statements(t, "c/3.txt", "three", younger))
	for q, want := range map[string]string{
		"Asan Sadykov 1910": younger.ID, "1910 Садыков": younger.ID, "asan-sadykov-1910": younger.ID,
		"Asan Sadykov 1897": older.ID, "Asan Sadykov": older.ID,
	} {
		if got := first(t, n, Query{Text: q}); got != want {
			t.Errorf("%q → %s, want %s", q, got, want)
		}
	}
	hits, err := n.Find(context.Background(), Query{Text: "Садыков"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("Садыков: %d hits, %v; want both namesakes", len(hits), err)
	}
}
