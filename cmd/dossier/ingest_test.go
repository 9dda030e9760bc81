package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/internal/fixture"
)

const goodLetter = "On December 10, 1921, Joffe wrote to Chicherin from Tashkent.\n"

// TestBuildReportsBadFiles: every bad file gets one line naming it and
// saying what and why, the summary counts the failures by reason, the exit
// status is 3, and every good document is built.
func TestBuildReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "mixed")
	must(t, os.MkdirAll(filepath.Join(corpus, "sub"), 0o755))
	pdf := fixture.Typeset{}.PDF([]string{"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara."}).Bytes()
	cp1251 := []byte{0xd2, 0xf3, 0xf0, 0xe0, 0xf0, 0x20, 0xd0, 0xfb, 0xf1, 0xea, 0xf3, 0xeb, 0xee, 0xe2, 0x20, 0xf0, 0xee, 0xe4, 0xe8, 0xeb, 0xf1, 0xff, 0x20, 0xe2, 0x20, 0x31, 0x38, 0x39, 0x34, 0x20, 0xe3, 0xee, 0xe4, 0xf3, 0x2e, 0x0a} // "Турар Рыскулов родился в 1894 году."
	files := map[string][]byte{
		"good.txt":   []byte(goodLetter),
		"peters.pdf": pdf,
		"cp1251.txt": cp1251,
		"empty.txt":  nil,
		"binary.txt": []byte("\x00\x01\x02\x03binary"),
		"cut.pdf":    pdf[:len(pdf)/3],
		"nav.html":   []byte(`<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><script>x()</script></body></html>`),
	}
	for name, b := range files {
		must(t, os.WriteFile(filepath.Join(corpus, name), b, 0o644))
	}
	huge, err := os.Create(filepath.Join(corpus, "huge.txt"))
	must(t, err)
	must(t, huge.Truncate(2<<30)) // 2 GB, sparse: it must be refused unread
	huge.Close()
	must(t, os.Symlink(corpus, filepath.Join(corpus, "sub", "loop")))
	must(t, syscall.Mkfifo(filepath.Join(corpus, "pipe.txt"), 0o644))

	db := filepath.Join(dir, "x.db")
	_, errs, err := run(t, "build", "--db", db, corpus, filepath.Join(dir, "missing.txt"))
	if exitCode(err) != 3 {
		t.Fatalf("build with bad files: err %v (exit %d), want exit 3\n%s", err, exitCode(err), errs)
	}
	wantLines := map[string]string{
		"empty.txt":   "read: no text",
		"binary.txt":  "read: not a text document: NUL byte",
		"cut.pdf":     "read pdf: damaged or unreadable PDF",
		"nav.html":    "read html: no text: the page has no main text",
		"huge.txt":    "read: file is 2048 MB, larger than the 256 MB limit",
		"loop":        "list: a directory loop: it leads back to " + corpus + "; not followed",
		"pipe.txt":    "read: not a regular file (a named pipe)",
		"missing.txt": "open: no such file or directory",
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	for file, what := range wantLines {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, string(filepath.Separator)+file+":") {
				n++
				if !strings.Contains(l, what) {
					t.Errorf("%s: line %q does not say %q", file, l, what)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d lines, want exactly one:\n%s", file, n, errs)
		}
	}
	summary := lines[len(lines)-1]
	if !strings.Contains(summary, "11 documents: 3 built, 0 unchanged, 8 failed (1 damaged, 2 empty, 1 not text, 4 unreadable)") {
		t.Errorf("summary %q", summary)
	}
	if !strings.Contains(errs, `note="encoding windows-1251 detected`) {
		t.Errorf("the detected encoding was not reported:\n%s", errs)
	}
	for _, q := range []string{
		`g.V("<https://w3id.org/dossier/id/person/adolph-joffe>").Out("` + wroteTo + `").All()`,
		`g.V("<https://w3id.org/dossier/id/person/jekabs-peters>").Out("` + wroteTo + `").All()`,
		`g.V("<https://w3id.org/dossier/id/person/turar-ryskulov>").In("` + rdfSubj + `").All()`,
	} {
		if res := queryJSON(t, db, q); len(res) == 0 {
			t.Errorf("a good document was not built: %s", q)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// TestMain removes the binary dossierBinary built.
func TestMain(m *testing.M) {
	code := m.Run()
	if binaryPath != "" {
		os.RemoveAll(filepath.Dir(binaryPath))
	}
	os.Exit(code)
}

// dossierBinary builds the command once per test run, into a folder any
// user may read.
func dossierBinary(t *testing.T) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dossier-bin-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "dossier")
		out, err := exec.Command("go", "build", "-o", binaryPath, ".").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		binaryErr = os.Chmod(dir, 0o755)
	})
	if binaryErr != nil {
		t.Fatal(binaryErr)
	}
	return binaryPath
}

// TestPermissionDenied: a file the build may not read is reported and the
// rest is built. Root reads every file, so as root the build runs as the
// unprivileged user nobody.
func TestPermissionDenied(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c")
	must(t, os.MkdirAll(corpus, 0o755))
	must(t, os.WriteFile(filepath.Join(corpus, "good.txt"), []byte(goodLetter), 0o644))
	must(t, os.WriteFile(filepath.Join(corpus, "secret.txt"), []byte(goodLetter), 0o000))
	db := filepath.Join(dir, "db")
	must(t, os.MkdirAll(db, 0o777))
	var errs string
	var err error
	if os.Geteuid() == 0 {
		bin := dossierBinary(t)
		for _, d := range []string{filepath.Dir(dir), dir, db} {
			must(t, os.Chmod(d, 0o777))
		}
		cmd := exec.Command(bin, "build", "--db", db, corpus)
		cmd.Dir = dir
		cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + dir}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		out, runErr := cmd.CombinedOutput()
		errs, err = string(out), runErr
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
			t.Fatalf("build as nobody: %v, want exit 3\n%s", err, errs)
		}
	} else {
		_, errs, err = run(t, "build", "--db", db, corpus)
		if exitCode(err) != 3 {
			t.Fatalf("build: %v, want exit 3\n%s", err, errs)
		}
	}
	if !strings.Contains(errs, "secret.txt: read: permission denied") || !strings.Contains(errs, "1 built, 0 unchanged, 1 failed (1 unreadable)") {
		t.Fatalf("stderr:\n%s", errs)
	}
}

// writeCorpus writes n letters; variant changes what half of them say.
func writeCorpus(t *testing.T, dir string, n, variant int) {
	t.Helper()
	must(t, os.MkdirAll(dir, 0o755))
	people := []string{"Joffe", "Chicherin", "Peters", "Frunze", "Kalinin", "Rykov", "Kamenev", "Zinoviev", "Molotov", "Karakhan"}
	places := []string{"Tashkent", "Bukhara", "Moscow", "Samarkand", "Khiva", "Alma-Ata", "Pishpek", "Kokand"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	for i := 0; i < n; i++ {
		a, b := people[i%len(people)], people[(i*3+1)%len(people)]
		if a == b {
			b = "Stalin"
		}
		place := places[(i+variant*(i%2))%len(places)]
		year := 1919 + i%8
		text := fmt.Sprintf("Letter %d.\n\nOn %s %d, %d, %s wrote to %s from %s.\n\nThe letter asked for grain and teachers.\n",
			i, months[i%len(months)], 1+i%27, year, a, b, place)
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("letter-%03d.txt", i)), []byte(text), 0o644))
	}
}

// killedBuild starts `dossier build` and kills it (SIGKILL) once at least
// after documents are written, before the build ends.
func killedBuild(t *testing.T, db, corpus string, after int) {
	t.Helper()
	cmd := exec.Command(dossierBinary(t), "build", "--db", db, "--batch", "4", "--workers", "1", "--log-level", "debug", corpus)
	stderr, err := cmd.StderrPipe()
	must(t, err)
	must(t, cmd.Start())
	sc := bufio.NewScanner(stderr)
	killed := false
	for sc.Scan() {
		line := sc.Text()
		var built, unchanged int
		if i := strings.Index(line, "built="); i >= 0 && strings.Contains(line, "batch written") {
			fmt.Sscanf(line[i:], "built=%d unchanged=%d", &built, &unchanged)
			if built >= after {
				must(t, cmd.Process.Signal(syscall.SIGKILL))
				killed = true
				break
			}
		}
		if strings.HasPrefix(line, "build:") {
			break
		}
	}
	go func() { // drain, so the child never blocks on a full pipe
		for sc.Scan() {
		}
	}()
	err = cmd.Wait()
	if !killed {
		t.Fatalf("the build ended before it could be killed (%v)", err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("build was not killed: %v", err)
	}
}

// documentHashes maps each document a store holds to its content hash.
func documentHashes(t *testing.T, db string) map[string]string {
	t.Helper()
	st, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: db, ReadOnly: true})
	must(t, err)
	defer st.Close()
	docs, err := st.Documents(context.Background())
	must(t, err)
	out := map[string]string{}
	for _, d := range docs {
		out[d.ID] = d.Hash
	}
	return out
}

// TestKilledBuildIsFinishedByRerun kills `dossier build` mid-way, first
// while it adds new documents and then while it replaces changed ones, and
// shows that a rerun gives exactly the store a clean build gives.
func TestKilledBuildIsFinishedByRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds and kills a subprocess")
	}
	const n = 120
	dir := t.TempDir()
	corpus := filepath.Join(dir, "letters")
	writeCorpus(t, corpus, n, 0)

	clean := filepath.Join(dir, "clean.db")
	mustRun(t, "build", "--db", clean, corpus)
	want := exportSet(t, clean)

	db := filepath.Join(dir, "killed.db")
	killedBuild(t, db, corpus, n/3)
	if got := len(documentHashes(t, db)); got == 0 || got >= n {
		t.Fatalf("after the kill the store holds %d of %d documents: not mid-way", got, n)
	} else {
		t.Logf("killed while adding: %d of %d documents written", got, n)
	}
	_, errs := mustRun(t, "build", "--db", db, corpus)
	if !strings.Contains(errs, "0 failed") {
		t.Fatalf("rerun: %s", errs)
	}
	if got := exportSet(t, db); got != want {
		t.Fatalf("a killed build finished by a rerun differs from a clean build (%d vs %d quads)", strings.Count(got, "\n")+1, strings.Count(want, "\n")+1)
	}

	// Change half the letters, kill the build that replaces them, rerun.
	writeCorpus(t, corpus, n, 3)
	clean2 := filepath.Join(dir, "clean2.db")
	mustRun(t, "build", "--db", clean2, corpus)
	want2 := exportSet(t, clean2)
	if want2 == want {
		t.Fatal("the changed letters did not change the graph")
	}
	killedBuild(t, db, corpus, n/6)
	oldHashes, newHashes, now := documentHashes(t, clean), documentHashes(t, clean2), documentHashes(t, db)
	replaced, old := 0, 0
	for id, h := range now {
		switch {
		case h == newHashes[id] && h != oldHashes[id]:
			replaced++
		case h != newHashes[id]:
			old++
		}
	}
	if replaced == 0 || old == 0 {
		t.Fatalf("after the kill %d changed documents were replaced and %d not: not mid-way", replaced, old)
	}
	t.Logf("killed while replacing: %d changed documents replaced, %d still old, %d absent", replaced, old, n-len(now))
	_, errs = mustRun(t, "build", "--db", db, corpus)
	if !strings.Contains(errs, "0 failed") || strings.Contains(errs, " 0 built") {
		t.Fatalf("rerun after the killed replacement: %s", errs)
	}
	if got := exportSet(t, db); got != want2 {
		t.Fatal("a killed replacement finished by a rerun differs from a clean build")
	}
}

// TestShow: the span of every fact, given to `dossier show`, prints the
// fact's evidence, for a text file and a PDF, from the stored text and
// from the file when the store keeps no text.
func TestShow(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c")
	must(t, os.MkdirAll(corpus, 0o755))
	must(t, os.WriteFile(filepath.Join(corpus, "letter.txt"), []byte("Архив.\n\n"+goodLetter), 0o644))
	pdf := fixture.Typeset{Header: "Journal", PageNumbers: true, LinesPerCol: 1}.PDF([]string{
		"The archive holds many letters of the period.",
		"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.",
	}).Bytes()
	must(t, os.WriteFile(filepath.Join(corpus, "peters.pdf"), pdf, 0o644))
	for _, storeText := range []string{"true", "false"} {
		t.Run("store-text="+storeText, func(t *testing.T) {
			db := filepath.Join(dir, "db-"+storeText)
			mustRun(t, "build", "--db", db, "--store-text="+storeText, corpus)
			out, _ := mustRun(t, "extract", "--format", "facts", corpus)
			checked := 0
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var l struct {
					Kind     string `json:"kind"`
					DocID    string `json:"doc_id"`
					Span     []int  `json:"span"`
					Evidence string `json:"evidence"`
				}
				must(t, json.Unmarshal([]byte(line), &l))
				if l.Kind != "relation" {
					continue
				}
				span := fmt.Sprintf("%d:%d", l.Span[0], l.Span[1])
				got, errs := mustRun(t, "show", "--db", db, l.DocID, "--span", span)
				if strings.TrimSpace(got) != l.Evidence {
					t.Errorf("show %s --span %s = %q, want %q", l.DocID, span, got, l.Evidence)
				}
				if !strings.Contains(errs, l.DocID+" "+span+" (line ") {
					t.Errorf("show did not say where the passage is: %q", errs)
				}
				checked++
			}
			if checked < 2 {
				t.Fatalf("only %d facts checked", checked)
			}
			// By file name and by path, the whole text.
			byName, _ := mustRun(t, "show", "--db", db, "peters.pdf")
			byPath, _ := mustRun(t, "show", "--db", db, filepath.Join(corpus, "peters.pdf"))
			if byName != byPath || strings.Contains(byName, "Journal") || !strings.Contains(byName, "Jekabs Peters") {
				t.Errorf("show peters.pdf = %q", byName)
			}
		})
	}
	// Bad requests.
	db := filepath.Join(dir, "db-false")
	for _, c := range []struct{ args, want string }{
		{"letter.txt --span 5:2", "want 0 <= START <= END"},
		{"letter.txt --span 0:100000", "outside the text"},
		{"letter.txt --span 1:3", "inside a character"},
		{"nosuch.txt", "holds no document"},
	} {
		_, _, err := run(t, append([]string{"show", "--db", db}, strings.Fields(c.args)...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) || exitCode(err) != 2 {
			t.Errorf("show %s: %v, want a usage error saying %q", c.args, err, c.want)
		}
	}
	// A file changed since the build, with no text in the store.
	must(t, os.WriteFile(filepath.Join(corpus, "letter.txt"), []byte("Changed.\n"), 0o644))
	if _, _, err := run(t, "show", "--db", db, "letter.txt"); err == nil || !strings.Contains(err.Error(), "changed since it was built") {
		t.Errorf("show of a changed file: %v", err)
	}
}
