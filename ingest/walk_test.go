package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-kg/dossier/internal/fixture"
)

func TestWalk(t *testing.T) {
	root := filepath.Join(t.TempDir(), "corpus")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "letters", "1925"), 0o755))
	must(os.MkdirAll(filepath.Join(root, ".git"), 0o755))
	outside := filepath.Join(filepath.Dir(root), "elsewhere")
	must(os.MkdirAll(outside, 0o755))
	write(t, outside, "card.txt", []byte(sample))
	write(t, root, "a.txt", []byte(sample))
	write(t, root, "b.pdf", fixture.Typeset{}.PDF([]string{sample}).Bytes())
	write(t, root, "notes", []byte(sample))                  // no extension, text: picked up
	write(t, root, "blob", []byte("\x00\x01\x02\x03"))       // no extension, binary: left alone
	write(t, root, "gold.jsonl", []byte(`{"doc": "a.txt"}`)) // other extension: left alone
	write(t, root, ".hidden.txt", []byte(sample))
	write(t, filepath.Join(root, ".git"), "x.txt", []byte(sample))
	write(t, filepath.Join(root, "letters", "1925"), "kat.md", []byte(sample))
	must(os.Symlink(root, filepath.Join(root, "letters", "loop")))               // a loop
	must(os.Symlink(outside, filepath.Join(root, "linked")))                     // a folder elsewhere: followed
	must(os.Symlink(filepath.Join(root, "a.txt"), filepath.Join(root, "c.txt"))) // a link to a file: read as c.txt
	must(os.Symlink(filepath.Join(root, "nowhere.txt"), filepath.Join(root, "dead.txt")))
	must(syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644))

	var ids []string
	var errs []string
	err := Walk(context.Background(), []string{root}, func(it Item) error {
		ids = append(ids, it.ID)
		return nil
	}, func(err error) { errs = append(errs, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"corpus/a.txt", "corpus/b.pdf", "corpus/c.txt", "corpus/letters/1925/kat.md", "corpus/linked/card.txt", "corpus/notes"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Fatalf("IDs:\n%v\nwant:\n%v", ids, want)
	}
	wantErrs := []string{
		filepath.Join(root, "dead.txt") + ": open: a broken symbolic link: the file is gone",
		filepath.Join(root, "letters", "loop") + ": list: a directory loop: it leads back to " + root + "; not followed",
		filepath.Join(root, "pipe.txt") + ": read: not a regular file (a named pipe)",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors:\n%s", strings.Join(errs, "\n"))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %d:\n%s\nwant it to start with:\n%s", i, errs[i], w)
		}
	}
}

func TestWalkExplicitFilesAndMissingPaths(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "scan", []byte(sample))
	var items []Item
	var errs []string
	Walk(context.Background(), []string{p, filepath.Join(dir, "missing")}, func(it Item) error {
		items = append(items, it)
		return nil
	}, func(err error) { errs = append(errs, err.Error()) })
	if len(items) != 1 || !items[0].Explicit || items[0].ID != filepath.Base(dir)+"/scan" {
		t.Fatalf("items %+v", items)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "missing: open: no such file or directory") {
		t.Fatalf("errors %q", errs)
	}
}
