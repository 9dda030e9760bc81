package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/viper"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// run runs the CLI in-process with args and returns stdout, stderr and the error.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRootCommand(viper.New(), &out, &errb)
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	err := root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

func mustRun(t *testing.T, args ...string) (string, string) {
	t.Helper()
	out, errs, err := run(t, args...)
	if err != nil {
		t.Fatalf("dossier %s: %v\n%s", strings.Join(args, " "), err, errs)
	}
	return out, errs
}

const (
	wroteTo  = "<https://w3id.org/dossier/ns#wroteTo>"
	stalin   = "<https://w3id.org/dossier/id/person/joseph-stalin>"
	abdr     = "<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>"
	peters   = "<https://w3id.org/dossier/id/person/jekabs-peters>"
	bukhara  = "<https://w3id.org/dossier/id/place/bukhara>"
	repFrom  = "<https://w3id.org/dossier/ns#reportedFrom>"
	rdfSubj  = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>"
	rdfObj   = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object>"
	rdfPred  = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>"
	dateProp = "<https://w3id.org/dossier/ns#date>"
)

func queryJSON(t *testing.T, db, q string) []any {
	t.Helper()
	out, _ := mustRun(t, "query", "--db", db, q)
	var res struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("query output is not JSON: %v\n%s", err, out)
	}
	return res.Result
}

// statementDates returns the dates of the statements subj pred obj.
func statementDates(t *testing.T, db, subj, pred, obj string) []string {
	q := `g.V("` + subj + `").In("` + rdfSubj + `").Has("` + rdfPred + `", "` + pred + `").Has("` + rdfObj + `", "` + obj + `").Out("` + dateProp + `").All()`
	var out []string
	for _, r := range queryJSON(t, db, q) {
		if m, ok := r.(map[string]any); ok {
			b, _ := json.Marshal(m["id"])
			out = append(out, string(b))
		}
	}
	return out
}

func TestSeedsEndToEnd(t *testing.T) {
	seeds := testenv.Shared(t, "corpus", "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	_, errs := mustRun(t, "build", "--db", db, seeds)
	if !strings.Contains(errs, "3 built") {
		t.Fatalf("build summary: %s", errs)
	}
	res := queryJSON(t, db, `g.V("`+abdr+`").Out("`+wroteTo+`").All()`)
	if b, _ := json.Marshal(res); !strings.Contains(string(b), "joseph-stalin") {
		t.Fatalf("Abdrakhmanov wroteTo: %s", b)
	}
	if d := statementDates(t, db, abdr, wroteTo, stalin); !contains(d, "1925-05-05") {
		t.Errorf("Abdrakhmanov → Stalin dates %v, want 1925-05-05", d)
	}
	if d := statementDates(t, db, peters, wroteTo, stalin); !contains(d, "1922-04-03") {
		t.Errorf("Peters → Stalin dates %v, want 1922-04-03", d)
	}
	if d := statementDates(t, db, peters, repFrom, bukhara); !contains(d, "1922-04-03") {
		t.Errorf("Peters reportedFrom Bukhara dates %v, want 1922-04-03", d)
	}
}

func contains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func TestSampleCorpusEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	_, errs := mustRun(t, "build", "--db", db, testenv.Corpus(t))
	if strings.Contains(errs, " 0 built") {
		t.Fatalf("nothing built: %s", errs)
	}
	res := queryJSON(t, db, `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").All()`)
	if len(res) < 20 {
		t.Fatalf("only %d people in the sample collection", len(res))
	}
	// a relation of the sample collection: someone wrote to Stalin
	res = queryJSON(t, db, `g.V("`+stalin+`").In("`+wroteTo+`").All()`)
	if len(res) == 0 {
		t.Fatal("no one wrote to Stalin in the sample collection")
	}
}

func TestRebuildIsIdempotentAndChangesOnlyTheChangedDocument(t *testing.T) {
	src := t.TempDir()
	corpus := filepath.Join(src, "c")
	os.MkdirAll(corpus, 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "J. X. Peters to I. V. Stalin\n\nApril 3, 1922\n\nOld Bukhara.\n\nDear comrade Stalin, the crisis is over.\n\nWith communist greetings, Peters.\n")
	write("b.txt", "On December 10, 1921, Joffe wrote to Chicherin from Tashkent.\n")
	db := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "build", "--db", db, corpus)
	first := exportSet(t, db)
	_, errs := mustRun(t, "build", "--db", db, corpus)
	if !strings.Contains(errs, "0 built, 2 unchanged") {
		t.Fatalf("rebuild summary: %s", errs)
	}
	if again := exportSet(t, db); again != first {
		t.Fatal("rebuilding unchanged documents changed the store")
	}
	write("b.txt", "On December 10, 1921, Joffe wrote to Chicherin from Moscow.\n")
	_, errs = mustRun(t, "build", "--db", db, corpus)
	if !strings.Contains(errs, "1 built, 1 unchanged") {
		t.Fatalf("changed-document summary: %s", errs)
	}
	after := exportSet(t, db)
	if !strings.Contains(after, "place/moscow") || strings.Contains(after, "ns#reportedFrom> <https://w3id.org/dossier/id/place/tashkent>") {
		t.Fatal("the changed document's statements were not replaced")
	}
	if docOnly(first, "c/a.txt") != docOnly(after, "c/a.txt") {
		t.Fatal("the unchanged document's statements changed")
	}
}

// exportSet is the store's N-Quads export, sorted; flags select the
// backend (--backend postgres).
func exportSet(t *testing.T, db string, flags ...string) string {
	t.Helper()
	out, _ := mustRun(t, append([]string{"export", "--db", db}, flags...)...)
	r := nquads.NewReader(strings.NewReader(out), false)
	var lines []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		lines = append(lines, q.NQuad())
	}
	sortStrings(lines)
	return strings.Join(lines, "\n")
}

func docOnly(set, id string) string {
	var keep []string
	for _, l := range strings.Split(set, "\n") {
		if strings.HasSuffix(l, "<https://w3id.org/dossier/doc/"+id+"> .") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestExportParsesBack(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "build", "--db", db, testenv.Corpus(t))
	out, _ := mustRun(t, "export", "--db", db, "--format", "nquads")
	r := nquads.NewReader(strings.NewReader(out), false)
	n := 0
	for {
		_, err := r.ReadQuad()
		if err != nil {
			break
		}
		n++
	}
	if n == 0 || n != strings.Count(out, "\n") {
		t.Fatalf("parsed %d quads of %d lines", n, strings.Count(out, "\n"))
	}
	// load it into a fresh store: the same set
	file := filepath.Join(t.TempDir(), "g.nq")
	os.WriteFile(file, []byte(out), 0o644)
	db2 := filepath.Join(t.TempDir(), "y.db")
	mustRun(t, "load", "--db", db2, file)
	if exportSet(t, db) != exportSet(t, db2) {
		t.Fatal("export → load → export changed the quad set")
	}
}

func TestExtractFormats(t *testing.T) {
	seeds := testenv.Shared(t, "corpus", "seeds", "002_7986682ad044b200.txt")
	out, _ := mustRun(t, "extract", "--format", "facts", seeds)
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var l map[string]any
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("not JSON Lines: %q", line)
		}
		if l["kind"] == "relation" && l["predicate"] == "wroteTo" && l["subject"] == "Jēkabs Peters" && l["object"] == "Joseph Stalin" && l["date"] == "1922-04-03" {
			found = true
			if l["source"] != "002_7986682ad044b200.txt" || l["evidence"] == "" || l["span"] == nil {
				t.Errorf("relation lacks source/span/evidence: %v", l)
			}
		}
	}
	if !found {
		t.Fatalf("facts lack Peters wroteTo Stalin 1922-04-03:\n%s", out)
	}
	nq, _ := mustRun(t, "extract", seeds)
	if !strings.Contains(nq, peters) {
		t.Fatal("N-Quads output lacks Peters")
	}
	q, err := nquads.NewReader(strings.NewReader(nq), false).ReadQuad()
	if err != nil || q.Label == nil || !strings.Contains(quad.StringOf(q.Label), "/doc/seeds/002_7986682ad044b200.txt") {
		t.Fatalf("first quad %v (err %v) is not in the document's graph", q, err)
	}
	if _, _, err := run(t, "extract", "--format", "yaml", seeds); exitCode(err) != 2 {
		t.Fatalf("bad --format: %v", err)
	}
}

func TestConfigPrecedence(t *testing.T) {
	t.Chdir(t.TempDir())
	os.WriteFile("dossier.yaml", []byte("db: from-file.db\nquery:\n  limit: 7\n"), 0o644)
	v := viper.New()
	var out, errb bytes.Buffer
	root := newRootCommand(v, &out, &errb)
	cfgOf := func(args ...string) *Config {
		t.Helper()
		var got *Config
		cmd, _, err := root.Find(append([]string{"query"}, args...))
		if err != nil {
			t.Fatal(err)
		}
		cmd.ParseFlags(args)
		a := &app{v: viper.New(), stdout: &out, stderr: &errb}
		got, err = a.config(cmd, map[string]string{"query.limit": "limit", "query.timeout": "timeout"})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if c := cfgOf(); c.DB != "from-file.db" || c.Query.Limit != 7 {
		t.Fatalf("file: db %q limit %d", c.DB, c.Query.Limit)
	}
	t.Setenv("DOSSIER_DB", "from-env.db")
	t.Setenv("DOSSIER_QUERY_LIMIT", "9")
	if c := cfgOf(); c.DB != "from-env.db" || c.Query.Limit != 9 {
		t.Fatalf("env over file: db %q limit %d", c.DB, c.Query.Limit)
	}
	if c := cfgOf("--db", "from-flag.db", "--limit", "3"); c.DB != "from-flag.db" || c.Query.Limit != 3 {
		t.Fatalf("flag over env: db %q limit %d", c.DB, c.Query.Limit)
	}
	t.Setenv("DOSSIER_BACKEND", "nosuch")
	a := &app{v: viper.New(), stdout: &out, stderr: &errb}
	cmd, _, _ := root.Find([]string{"query"})
	if _, err := a.config(cmd, nil); exitCode(err) != 2 || !strings.Contains(err.Error(), "backend") {
		t.Fatalf("invalid backend: %v", err)
	}
}

// TestConfigFileByItsFullName: a file called "dossier" in the working
// directory (the binary, built there) is not a configuration, and a broken
// dossier.yaml is an error that names it.
func TestConfigFileByItsFullName(t *testing.T) {
	t.Chdir(t.TempDir())
	// not YAML: viper's search by base name used to read it and fail
	os.WriteFile("dossier", []byte("\x7fELF\x02\x01\x01\x00: [unclosed\n\t{"), 0o755)
	var v *viper.Viper
	read := func() error {
		t.Helper()
		v = viper.New()
		return setupViper(v, "")
	}
	if err := read(); err != nil || v.ConfigFileUsed() != "" {
		t.Fatalf("a file called dossier was taken for the configuration (%q): %v", v.ConfigFileUsed(), err)
	}
	os.WriteFile("dossier.yaml", []byte("db: [unclosed\n"), 0o644)
	if err := read(); err == nil || !strings.Contains(err.Error(), "dossier.yaml") {
		t.Fatalf("a broken dossier.yaml: %v", err)
	}
}

func TestEveryCommandHasAnExample(t *testing.T) {
	root := newRootCommand(viper.New(), &bytes.Buffer{}, &bytes.Buffer{})
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("dossier %s --help shows no example", c.Name())
		}
	}
}

// TestStderrKeepsLinesWhole: the app's error writer takes lines from many
// goroutines (the build's workers, the logger) and hands the writer under
// it one line at a time, even when that writer is a plain buffer.
func TestStderrKeepsLinesWhole(t *testing.T) {
	under := &overlapDetector{}
	a := newApp(viper.New(), &bytes.Buffer{}, under)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				fmt.Fprintf(a.stderr, "worker %d line %d: read: no text\n", w, i)
			}
		}()
	}
	wg.Wait()
	if under.overlaps.Load() > 0 {
		t.Fatalf("%d writes overlapped another", under.overlaps.Load())
	}
	if under.writes.Load() != 80 {
		t.Fatalf("%d writes, want 80", under.writes.Load())
	}
}

// overlapDetector is a writer that counts writes entered while another
// was still running (each takes a little while, as a slow terminal does).
type overlapDetector struct {
	busy, overlaps, writes atomic.Int32
}

func (o *overlapDetector) Write(p []byte) (int, error) {
	if o.busy.Add(1) > 1 {
		o.overlaps.Add(1)
	}
	time.Sleep(200 * time.Microsecond)
	o.busy.Add(-1)
	o.writes.Add(1)
	return len(p), nil
}
