package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/schema"
)

// The test collection: two documents that write the same people in several
// scripts and cases. The forms are made up for the test.
var (
	abdr    = schema.EntityIRI(dossier.Person, "Zhusup Abdrakhmanov")
	stalin  = schema.EntityIRI(dossier.Person, "Joseph Stalin")
	peters  = schema.EntityIRI(dossier.Person, "Jekabs Peters")
	moscow  = schema.EntityIRI(dossier.Place, "Moscow")
	bukhara = schema.EntityIRI(dossier.Place, "Bukhara")
)

func ent(t dossier.EntityType, name string, forms ...string) dossier.Entity {
	e := dossier.Entity{ID: schema.EntityIRI(t, name), Type: t, Name: name}
	for _, f := range forms {
		e.AddName(dossier.Name{Text: f, Lang: "ky"})
	}
	return e
}

// statements encodes one document mentioning ents, as a build would.
func statements(t testing.TB, id, text string, ents ...dossier.Entity) dossier.DocumentStatements {
	t.Helper()
	doc := dossier.NewDocument(id, id, []byte(text))
	x := &dossier.Extraction{Doc: doc, Entities: ents}
	var out []dossier.Statement
	err := schema.Encoder{ExtractorVersion: "test"}.Encode(x, func(s dossier.Statement) error {
		out = append(out, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dossier.DocumentStatements{ID: id, Statements: out}
}

func docA(t testing.TB) dossier.DocumentStatements {
	return statements(t, "c/a.txt", "version one",
		ent(dossier.Person, "Zhusup Abdrakhmanov", "Жусуп Абдрахмановдун", "Ж. Абдрахманов", "Abdrakhmanov's"),
		ent(dossier.Person, "Joseph Stalin", "И.В. Сталинге", "Stalin"),
		ent(dossier.Place, "Moscow", "Москвада"),
	)
}

func docB(t testing.TB) dossier.DocumentStatements {
	return statements(t, "c/b.txt", "another",
		ent(dossier.Person, "Jekabs Peters", "J. X. Peters", "Петерс"),
		ent(dossier.Person, "Zhusup Abdrakhmanov", "Абдрахманова"),
		ent(dossier.Place, "Bukhara", "Old Bukhara"),
	)
}

func openIndex(t testing.TB, docs ...dossier.DocumentStatements) *Names {
	t.Helper()
	n, err := Open(filepath.Join(t.TempDir(), File), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if len(docs) > 0 {
		if err := n.IndexDocuments(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

func first(t *testing.T, n *Names, q Query) string {
	t.Helper()
	hits, err := n.Find(context.Background(), q)
	if err != nil {
		t.Fatalf("Find(%q): %v", q.Text, err)
	}
	if len(hits) == 0 {
		return ""
	}
	return hits[0].IRI
}

func TestFindAnyNameForm(t *testing.T) {
	n := openIndex(t, docA(t), docB(t))
	for _, c := range []struct {
		q    string
		typ  dossier.EntityType
		want string
	}{
		{"Абдрахманов", "", abdr},          // a stem of the written forms
		{"Abdrakhmanov", "", abdr},         // Latin against Cyrillic forms
		{"Жусуп", "", abdr},                // the first name alone
		{"Zhusup", "", abdr},               // romanised first name
		{"Dzhusup Abdrakhmanov", "", abdr}, // another romanisation
		{"Абдрахмановдун", "", abdr},       // inflected query, inflected form
		{"Абдрахмановга", "", abdr},        // a case no document writes
		{"Ж. Абдрахманов", "", abdr},       // initial and surname
		{"Abdrahmanov", "", abdr},          // spelling without k
		{"Абдраманов", "", abdr},           // a near spelling (no х)
		{"abdr", "", abdr},                 // type-ahead
		{"zhusup-abdrakhmanov", "", abdr},  // the IRI's slug
		{"<" + abdr + ">", "", abdr},       // the IRI itself
		{"Сталину", "", stalin},            // Russian dative
		{"I. V. Stalin", "", stalin},
		{"Stalin's", "", stalin},
		{"Петерс", "", peters},
		{"Peters", dossier.Person, peters},
		{"Москва", "", moscow}, // the nominative of Москвада
		{"Bukhara", dossier.Place, bukhara},
		{"Moscow", dossier.Person, ""}, // wrong type
		{"Kalinin", "", ""},            // nobody
		{"Ж.", "", ""},                 // an initial alone finds nothing
	} {
		if got := first(t, n, Query{Text: c.q, Type: c.typ}); got != c.want {
			t.Errorf("Find(%q, %q) = %q, want %q", c.q, c.typ, got, c.want)
		}
	}
}

func TestFindRanksAndReports(t *testing.T) {
	n := openIndex(t, docA(t), docB(t))
	hits, err := n.Find(context.Background(), Query{Text: "Абдрахмановдун"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits = %+v, %v", hits, err)
	}
	h := hits[0]
	if h.Name != "Zhusup Abdrakhmanov" || h.Type != dossier.Person || h.Docs != 2 || h.Score != 1 || h.Matched != "Жусуп Абдрахмановдун" {
		t.Errorf("hit = %+v", h)
	}
	for _, f := range []string{"Жусуп Абдрахмановдун", "Абдрахманова", "Zhusup Abdrakhmanov"} {
		if !contains(h.Names, f) {
			t.Errorf("names %v lack %q", h.Names, f)
		}
	}
	// an exact word ranks above a near spelling and a prefix
	exact, _ := n.Find(context.Background(), Query{Text: "Abdrakhmanov"})
	fuzzy, _ := n.Find(context.Background(), Query{Text: "Абдраманов"})
	prefix, _ := n.Find(context.Background(), Query{Text: "Abdrakh"})
	if !(exact[0].Score > fuzzy[0].Score && fuzzy[0].Score > prefix[0].Score) {
		t.Errorf("scores exact %.2f, fuzzy %.2f, prefix %.2f", exact[0].Score, fuzzy[0].Score, prefix[0].Score)
	}
	// an initial that fits none of the names ranks down
	good, _ := n.Find(context.Background(), Query{Text: "Ж. Абдрахманов"})
	bad, _ := n.Find(context.Background(), Query{Text: "К. Абдрахманов"})
	if !(good[0].Score > bad[0].Score) {
		t.Errorf("initial that fits %.2f, that does not %.2f", good[0].Score, bad[0].Score)
	}
	if _, err := n.Resolve(context.Background(), "Kalinin", dossier.Person); err == nil {
		t.Error("Resolve of an unknown name passed")
	}
	if h, err := n.Resolve(context.Background(), "Сталинге", dossier.Person); err != nil || h.IRI != stalin {
		t.Errorf("Resolve(Сталинге) = %v, %v", h.IRI, err)
	}
}

func TestIncrementalReplaceAndRemove(t *testing.T) {
	ctx := context.Background()
	n := openIndex(t, docA(t), docB(t))
	// document a changes: Stalin is gone, Abdrakhmanov keeps one form
	a2 := statements(t, "c/a.txt", "version two", ent(dossier.Person, "Zhusup Abdrakhmanov", "Абдрахманов"))
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{a2}); err != nil {
		t.Fatal(err)
	}
	if got := first(t, n, Query{Text: "Stalin"}); got != "" {
		t.Errorf("Stalin still found after the only document naming him changed: %s", got)
	}
	if got := first(t, n, Query{Text: "Москвада"}); got != "" {
		t.Errorf("Moscow still found: %s", got)
	}
	e, ok, err := n.Entity(ctx, abdr)
	if err != nil || !ok || e.Docs != 2 || contains(e.Names, "Жусуп Абдрахмановдун") || !contains(e.Names, "Абдрахманова") {
		t.Errorf("Abdrakhmanov after the change: %+v %v %v", e, ok, err)
	}
	// document b is removed
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{{ID: "c/b.txt"}}); err != nil {
		t.Fatal(err)
	}
	if got := first(t, n, Query{Text: "Петерс"}); got != "" {
		t.Errorf("Peters still found after his document was removed: %s", got)
	}
	e, _, _ = n.Entity(ctx, abdr)
	if e.Docs != 1 || len(e.Names) != 2 { // "Абдрахманов" and the preferred name
		t.Errorf("Abdrakhmanov after removing b: %+v", e)
	}
	// removing everything leaves no posting behind
	if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{{ID: "c/a.txt"}}); err != nil {
		t.Fatal(err)
	}
	n.db.View(func(tx *bolt.Tx) error {
		for _, b := range []string{bTok, bEnt, bDoc, bState} {
			if k, _ := tx.Bucket([]byte(b)).Cursor().First(); k != nil {
				t.Errorf("bucket %s still holds %q", b, k)
			}
		}
		return nil
	})
}

func TestIndexingTheSameDocumentTwiceChangesNothing(t *testing.T) {
	n := openIndex(t, docA(t))
	before := dump(t, n)
	if err := n.IndexDocuments(context.Background(), []dossier.DocumentStatements{docA(t)}); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, n); after != before {
		t.Errorf("re-indexing changed the index:\n%s\n---\n%s", before, after)
	}
}

// dump renders the entity and posting buckets.
func dump(t *testing.T, n *Names) string {
	t.Helper()
	s := ""
	n.db.View(func(tx *bolt.Tx) error {
		for _, b := range []string{bEnt, bTok} {
			tx.Bucket([]byte(b)).ForEach(func(k, v []byte) error {
				s += fmt.Sprintf("%s %q %x\n", b, k, v)
				return nil
			})
		}
		return nil
	})
	return s
}

func TestSyncFromTheStore(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Replace(ctx, []dossier.DocumentStatements{docA(t), docB(t)}); err != nil {
		t.Fatal(err)
	}
	n := openIndex(t)
	if n.Complete() {
		t.Fatal("a new index claims to be complete")
	}
	stats, err := n.Sync(ctx, st)
	if err != nil || stats != (SyncStats{Documents: 2, Indexed: 2}) || !n.Complete() {
		t.Fatalf("first sync: %+v, %v, complete %v", stats, err, n.Complete())
	}
	// the same index as one fed by the build
	if fed := openIndex(t, docA(t), docB(t)); dump(t, fed) != dump(t, n) {
		t.Errorf("synced index differs from the incrementally built one")
	}
	if stats, err := n.Sync(ctx, st); err != nil || stats.Indexed != 0 || stats.Removed != 0 {
		t.Errorf("sync of an up-to-date index: %+v, %v", stats, err)
	}
	// the store changes behind the index's back
	a2 := statements(t, "c/a.txt", "version two", ent(dossier.Person, "Zhusup Abdrakhmanov", "Абдрахманов"))
	if err := st.Replace(ctx, []dossier.DocumentStatements{a2, {ID: "c/b.txt"}}); err != nil {
		t.Fatal(err)
	}
	stats, err = n.Sync(ctx, st)
	if err != nil || stats != (SyncStats{Documents: 1, Indexed: 1, Removed: 1}) {
		t.Fatalf("sync after changes: %+v, %v", stats, err)
	}
	if first(t, n, Query{Text: "Peters"}) != "" || first(t, n, Query{Text: "Stalin"}) != "" || first(t, n, Query{Text: "Абдрахманов"}) != abdr {
		t.Error("sync did not follow the store")
	}
}

func TestReopenKeepsTheIndexAndDropsStaleKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), File)
	n, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.IndexDocuments(context.Background(), []dossier.DocumentStatements{docA(t)}); err != nil {
		t.Fatal(err)
	}
	if err := n.setComplete(true); err != nil {
		t.Fatal(err)
	}
	n.Close()
	n, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !n.Complete() || first(t, n, Query{Text: "Жусуп"}) != abdr {
		t.Fatalf("reopened index: complete %v, Жусуп → %q", n.Complete(), first(t, n, Query{Text: "Жусуп"}))
	}
	// another process holds it: a clear error, not a hang
	if _, err := Open(path, Options{}); err == nil {
		t.Error("a second writer opened the index")
	}
	// keys written by another normalisation are dropped on open
	n.db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bMeta)).Put([]byte("keys"), []byte("other")) })
	n.Close()
	n, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if n.Complete() || first(t, n, Query{Text: "Жусуп"}) != "" {
		t.Errorf("index with stale keys: complete %v, still finds", n.Complete())
	}
}

func TestTemporaryIndexIsRemoved(t *testing.T) {
	n, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := n.temp
	n.Close()
	if _, err := Open(path, Options{}); err != nil {
		t.Fatalf("reopen after remove: %v", err) // bolt creates it afresh: the old one is gone
	}
}

func TestFindWhileIndexing(t *testing.T) {
	n := openIndex(t, docA(t))
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			d := docB(t)
			if i%2 == 1 {
				d = dossier.DocumentStatements{ID: "c/b.txt"}
			}
			if err := n.IndexDocuments(ctx, []dossier.DocumentStatements{d}); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for i := 0; i < 50 && time.Now().Before(deadline); i++ {
		if got := first(t, n, Query{Text: "Жусуп"}); got != abdr {
			t.Fatalf("during indexing Жусуп → %q", got)
		}
	}
	wg.Wait()
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"И.В.Сталин", "И|В|Сталин"},
		{"Stalin’s letter", "Stalin’s|letter"},
		{"Кара-Кыргыз", "Кара|Кыргыз"},
		{"'quoted'", "quoted"},
		{"RFE/RL's", "RFE|RL's"},
	} {
		got := ""
		for i, w := range words(c.in) {
			if i > 0 {
				got += "|"
			}
			got += w
		}
		if got != c.want {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
