// Package testenv holds helpers the tests of several packages share:
// finding the repository root, and reaching the shared seed documents and
// gold annotations beside it (../shared), and the external programs
// integration tests run (rapper, rdflib, xmllint, LibreOffice, Tesseract,
// pdftoppm), under the project's rule: a test that needs them skips with a
// clear message when they are absent, and fails instead when
// DOSSIER_REQUIRE_SHARED=1 (as .ci/run sets).
package testenv

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// RepoRoot returns the directory holding go.mod, found from the working
// directory upwards.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatalf("testenv: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Shared returns the path of the shared directory beside the repository
// (../shared), or of one file or folder inside it. When it is missing the
// test is skipped with a message saying so, unless DOSSIER_REQUIRE_SHARED=1,
// in which case the test fails.
func Shared(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{filepath.Dir(RepoRoot(tb)), "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("DOSSIER_REQUIRE_SHARED") == "1" {
			tb.Fatalf("%s is required (DOSSIER_REQUIRE_SHARED=1) but missing: %v", p, err)
		}
		tb.Skipf("skipping: %s is not here (a fresh clone has no ../shared; set DOSSIER_REQUIRE_SHARED=1 to make this an error)", p)
	}
	return p
}

// Corpus returns the path of the bundled sample collection (data/corpus).
func Corpus(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(RepoRoot(tb), "data", "corpus")
}

// BenchDocs returns the texts of BenchFiles, read.
func BenchDocs(tb testing.TB) []string {
	tb.Helper()
	paths := BenchFiles(tb)
	docs := make([]string, len(paths))
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("testenv: %v", err)
		}
		docs[i] = string(raw)
	}
	return docs
}

// Tool returns the path of the external program name that an integration
// test runs (pkg is the Debian package that provides it). When it is
// missing the test is skipped with a message saying how to install it,
// unless DOSSIER_REQUIRE_SHARED=1 (as in CI, whose .ci/run installs it), in
// which case the test fails.
func Tool(tb testing.TB, name, pkg string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(tb, name+" ("+pkg+")", err)
	}
	return p
}

// Python returns a python3 interpreter that can import module (Debian
// package pkg), trying python3 on the PATH and then the system's
// /usr/bin/python3 (Debian installs python3-* modules for that one), with
// the rule of Tool when none can.
func Python(tb testing.TB, module, pkg string) string {
	tb.Helper()
	var errs []error
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if out, err := exec.Command(p, "-c", "import "+module).CombinedOutput(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w: %s", p, err, out))
			continue
		}
		return p
	}
	missing(tb, "python3 module "+module+" ("+pkg+")", errors.Join(errs...))
	return ""
}

func missing(tb testing.TB, what string, err error) {
	tb.Helper()
	if os.Getenv("DOSSIER_REQUIRE_SHARED") == "1" {
		tb.Fatalf("%s is required (DOSSIER_REQUIRE_SHARED=1) but missing: %v", what, err)
	}
	tb.Skipf("skipping: %s is not installed (apt-get install it, or run .ci/run; DOSSIER_REQUIRE_SHARED=1 makes this an error): %v", what, err)
}

// BenchFiles returns the .txt documents a benchmark reads: the sample
// collection (data/corpus), or the folder DOSSIER_BENCH_DIR names instead
// when it is set (e.g. a folder of generated archive cards, whose mix of
// forms the sample collection lacks). It fails the benchmark when there
// are none.
func BenchFiles(tb testing.TB) []string {
	tb.Helper()
	dir := Corpus(tb)
	if d := os.Getenv("DOSSIER_BENCH_DIR"); d != "" {
		dir = d
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("testenv: no documents in %s: %v", dir, err)
	}
	return paths
}
