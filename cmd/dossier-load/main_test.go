package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/fail" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer ts.Close()
	dir := t.TempDir()
	good, bad, wrong := filepath.Join(dir, "good"), filepath.Join(dir, "bad"), filepath.Join(dir, "wrong")
	os.WriteFile(good, []byte("# a comment\n/a\n\n/b?x=1\n"), 0o644)
	os.WriteFile(bad, []byte("/a\n/fail\n"), 0o644)
	os.WriteFile(wrong, []byte("a\n"), 0o644)
	cases := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"-url", ts.URL, "-paths", good, "-clients", "1,2", "-duration", "100ms"}, 0, "| 2 | "},
		{[]string{"-url", ts.URL, "-paths", bad, "-clients", "1", "-duration", "100ms"}, 1, "| 1 | "},
		{[]string{"-url", ts.URL, "-paths", wrong, "-duration", "100ms"}, 2, ""},
		{[]string{"-url", ts.URL, "-paths", good, "-clients", "x", "-duration", "100ms"}, 2, ""},
		{[]string{"-url", "http://example.org", "-paths", good, "-duration", "100ms"}, 2, ""},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != c.code || !strings.Contains(out.String(), c.out) {
			t.Errorf("%v: exit %d, want %d; %s %s", c.args, code, c.code, out.String(), errb.String())
		}
	}
}
