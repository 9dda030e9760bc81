package dossier

import (
	"errors"
	"testing"
)

func TestTextErrorIsOneLine(t *testing.T) {
	cases := []struct {
		path string
		err  error
		want string
	}{
		{"a/b.txt", errors.New("no text"), "a/b.txt: read: no text"},
		{"a/с пробелом.txt", errors.New("no text"), "a/с пробелом.txt: read: no text"},
		{"a/f.\n\x98", errors.New("not a text document"), `"a/f.\n\x98": read: not a text document`},
		{"a/tab\t.txt", errors.New("no text"), `"a/tab\t.txt": read: no text`},
		{"a/b.pdf", errors.New("xref:\nbroken\r\ntable"), "a/b.pdf: read: xref: broken  table"},
	}
	for _, c := range cases {
		got := (&TextError{Path: c.path, Offset: -1, Op: "read", Err: c.err}).Error()
		if got != c.want {
			t.Errorf("Error() = %q, want %q", got, c.want)
		}
	}
}
