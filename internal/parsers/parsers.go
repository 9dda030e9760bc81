// Package parsers runs, from tests, the RDF and XML tools no one here wrote
// on Dossier's exports: rapper (Raptor, Debian raptor2-utils), rdflib
// (Debian python3-rdflib) and xmllint (Debian libxml2-utils). Each parse
// gives back what the tool read as a set of quads, so a test can compare it
// with what the store holds, not only count it. A missing tool skips the
// test, or fails it under DOSSIER_REQUIRE_SHARED=1 (see testenv.Tool).
package parsers

import (
	"bytes"
	"errors"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// Set is a set of quads (triples have no label), keyed by their N-Quads form.
type Set map[string]quad.Quad

// Add adds q.
func (s Set) Add(q quad.Quad) { s[q.NQuad()] = q }

// Triples returns the set with labels dropped.
func (s Set) Triples() Set {
	out := Set{}
	for _, q := range s {
		q.Label = nil
		out.Add(q)
	}
	return out
}

// Diff describes how s differs from want, listing a few quads each way; ""
// if equal.
func (s Set) Diff(want Set) string {
	var b strings.Builder
	n := 0
	for k := range want {
		if _, ok := s[k]; !ok && n < 5 {
			b.WriteString("missing: " + k + "\n")
			n++
		}
	}
	n = 0
	for k := range s {
		if _, ok := want[k]; !ok && n < 5 {
			b.WriteString("extra:   " + k + "\n")
			n++
		}
	}
	if b.Len() > 0 {
		b.WriteString("(" + strconv.Itoa(len(s)) + " quads read, " + strconv.Itoa(len(want)) + " expected)")
	}
	return b.String()
}

// ReadNQuads reads N-Quads (or N-Triples) into a set, with typed values left
// as typed strings so they compare with what the store holds.
func ReadNQuads(tb testing.TB, data []byte) Set {
	tb.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	s := Set{}
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return s
		}
		if err != nil {
			tb.Fatalf("reading N-Quads back: %v", err)
		}
		s.Add(q)
	}
}

// Rapper parses file, in Raptor syntax name syntax ("ntriples", "turtle",
// "trig", "nquads"), with rapper and returns the number of statements it
// reported and what it read. Any error or warning fails the test.
func Rapper(tb testing.TB, syntax, file string) (int, Set) {
	tb.Helper()
	bin := testenv.Tool(tb, "rapper", "raptor2-utils")
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, "-i", syntax, "-o", "nquads", file)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		tb.Fatalf("rapper -i %s %s: %v\n%s", syntax, file, err, errb.String())
	}
	n := -1
	for _, line := range strings.Split(errb.String(), "\n") {
		if strings.Contains(line, "Error") || strings.Contains(line, "Warning") {
			tb.Fatalf("rapper -i %s %s: %s", syntax, file, line)
		}
		if rest, ok := strings.CutPrefix(line, "rapper: Parsing returned "); ok {
			n, _ = strconv.Atoi(strings.Fields(rest)[0])
		}
	}
	if n < 0 {
		tb.Fatalf("rapper -i %s %s: no count in\n%s", syntax, file, errb.String())
	}
	return n, ReadNQuads(tb, out.Bytes())
}

// rdflibScript parses a file with rdflib and prints each quad (triple) it
// read in N-Quads form, then the count rdflib gives on stderr. The quads
// are written by hand: rdflib's own N-Quads serialiser is not what is being
// tested.
const rdflibScript = `
import sys, rdflib
fmt, path = sys.argv[1], sys.argv[2]
def lit(o):
    s = str(o)
    out = []
    for ch in s:
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append('\\u%04X' % ord(ch))
        else: out.append(ch)
    s = '"' + ''.join(out) + '"'
    if o.language: return s + '@' + o.language
    if o.datatype: return s + '^^<' + str(o.datatype) + '>'
    return s
def term(t):
    if isinstance(t, rdflib.Literal): return lit(t)
    if isinstance(t, rdflib.BNode): return '_:' + str(t)
    return '<' + str(t) + '>'
if fmt in ('turtle', 'nt'):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    quads = [(s, p, o, None) for s, p, o in g]
    n = len(g)
else:
    g = rdflib.Dataset()
    g.parse(path, format=fmt)
    quads = []
    for s, p, o, c in g.quads((None, None, None, None)):
        c = getattr(c, 'identifier', c)
        if c is not None and str(c) == 'urn:x-rdflib:default': c = None
        quads.append((s, p, o, c))
    n = len(quads)
w = sys.stdout.buffer
for s, p, o, c in quads:
    line = term(s) + ' ' + term(p) + ' ' + term(o)
    if c is not None: line += ' ' + term(c)
    w.write((line + ' .\n').encode('utf-8'))
sys.stderr.write('%d\n' % n)
`

// RDFLib parses file in rdflib format name format ("turtle", "trig",
// "json-ld", "nquads") and returns the number of triples (turtle) or quads
// rdflib counted and what it read.
func RDFLib(tb testing.TB, format, file string) (int, Set) {
	tb.Helper()
	py := testenv.Python(tb, "rdflib", "python3-rdflib")
	var out, errb bytes.Buffer
	cmd := exec.Command(py, "-c", rdflibScript, format, file)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		tb.Fatalf("rdflib %s %s: %v\n%s", format, file, err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	n, err := strconv.Atoi(lines[len(lines)-1])
	if err != nil {
		tb.Fatalf("rdflib %s %s: no count in\n%s", format, file, errb.String())
	}
	return n, ReadNQuads(tb, out.Bytes())
}

// XMLLint runs xmllint --noout on file, with --schema xsd if xsd is not
// empty, and fails the test on any complaint.
func XMLLint(tb testing.TB, xsd, file string) {
	tb.Helper()
	bin := testenv.Tool(tb, "xmllint", "libxml2-utils")
	args := []string{"--noout"}
	if xsd != "" {
		args = append(args, "--schema", xsd)
	}
	out, err := exec.Command(bin, append(args, file)...).CombinedOutput()
	if err != nil {
		tb.Fatalf("xmllint %s: %v\n%s", strings.Join(append(args, file), " "), err, out)
	}
}
