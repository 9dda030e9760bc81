// Package testenv holds helpers the tests of several packages share:
// finding the repository root, and reaching the shared seed documents and
// gold annotations beside it (../shared) and the external tools some tests
// run (LibreOffice, Tesseract, pdftoppm) under the project's rule: a test
// that needs them skips with a clear message when they are absent, and fails
// instead when DOSSIER_REQUIRE_SHARED=1 (as .ci/run sets).
package testenv

import (
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

// Tool returns the path of an external program a test needs (LibreOffice,
// Tesseract, pdftoppm). When it is not installed the test is skipped with a
// message naming the Debian package, unless DOSSIER_REQUIRE_SHARED=1 (CI,
// which installs it): then the test fails, so CI never skips silently.
func Tool(tb testing.TB, name, debianPackage string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("DOSSIER_REQUIRE_SHARED") == "1" {
			tb.Fatalf("%s is required (DOSSIER_REQUIRE_SHARED=1) but not installed: apt-get install %s", name, debianPackage)
		}
		tb.Skipf("skipping: %s is not installed (apt-get install %s; set DOSSIER_REQUIRE_SHARED=1 to make this an error)", name, debianPackage)
	}
	return p
}
