package export

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// The N-Triples forms of RDF terms, shared by N-Triples, N-Quads, Turtle and
// TriG. Non-ASCII text is written as UTF-8, as N-Triples 1.1 allows; what a
// string literal may not hold raw (quote, backslash, line breaks, other
// control characters) is escaped; bytes that are not UTF-8 become U+FFFD.

// appendNTerm appends v in N-Triples form.
func appendNTerm(b []byte, v quad.Value) ([]byte, error) {
	switch x := v.(type) {
	case quad.IRI:
		return appendIRIRef(b, string(x)), nil
	case quad.BNode:
		return appendBNode(b, string(x)), nil
	case quad.String:
		return appendString(b, string(x)), nil
	case quad.LangString:
		b = appendString(b, string(x.Value))
		return append(append(b, '@'), x.Lang...), nil
	case quad.TypedString:
		b = appendString(b, string(x.Value))
		b = append(b, "^^"...)
		return appendIRIRef(b, schema.Expand(string(x.Type))), nil
	case quad.TypedStringer:
		return appendNTerm(b, x.TypedString())
	case nil:
		return b, fmt.Errorf("empty term")
	}
	return b, fmt.Errorf("cannot write %T %v as RDF", v, v)
}

// appendIRIRef appends <iri>, escaping the characters an IRIREF may not
// hold as \u escapes.
func appendIRIRef(b []byte, iri string) []byte {
	b = append(b, '<')
	for _, r := range validUTF8(iri) {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			b = fmt.Appendf(b, `\u%04X`, r)
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return append(b, '>')
}

// appendString appends a quoted string literal.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range validUTF8(s) {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		default:
			if r < ' ' || r == 0x7f {
				b = fmt.Appendf(b, `\u%04X`, r)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return append(b, '"')
}

// appendBNode appends _:label. Characters a blank node label may not hold
// are written as _xHH so that distinct labels stay distinct.
func appendBNode(b []byte, label string) []byte {
	b = append(b, "_:"...)
	if label == "" {
		return append(b, "empty"...)
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-' && i > 0:
			b = append(b, c)
		default:
			b = fmt.Appendf(b, "_x%02X", c)
		}
	}
	return b
}

// validUTF8 replaces bytes that are not UTF-8 with U+FFFD.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// prefixed writes IRIs the readable way in Turtle and TriG: as a prefixed
// name where the local part is safe in every Turtle parser, else relative
// to the base (Dossier's own IRIs), else in full.
type prefixed struct {
	prefixes []schema.Prefix
	base     string
}

func newPrefixed() prefixed {
	return prefixed{prefixes: schema.ReadablePrefixes(), base: schema.Base}
}

// appendIRI appends iri in Turtle form. rdf:type in predicate position is
// the caller's business ("a").
func (p prefixed) appendIRI(b []byte, iri string) []byte {
	if c := schema.CompactWith(p.prefixes, iri); c != iri {
		if i := strings.IndexByte(c, ':'); schema.SafeLocalName(c[i+1:]) {
			return append(b, c...)
		}
	}
	if rel, ok := strings.CutPrefix(iri, p.base); ok && safeRelative(rel) {
		return appendIRIRef(b, rel)
	}
	return appendIRIRef(b, iri)
}

// appendTerm appends v in Turtle form.
func (p prefixed) appendTerm(b []byte, v quad.Value) ([]byte, error) {
	switch x := v.(type) {
	case quad.IRI:
		return p.appendIRI(b, string(x)), nil
	case quad.TypedString:
		b = appendString(b, string(x.Value))
		b = append(b, "^^"...)
		return p.appendIRI(b, schema.Expand(string(x.Type))), nil
	case quad.TypedStringer:
		return p.appendTerm(b, x.TypedString())
	}
	return appendNTerm(b, v)
}

// safeRelative reports whether rel, resolved against the base, gives back
// base+rel exactly: a relative path of unreserved characters whose first
// segment has no colon and no segment is "." or "..".
func safeRelative(rel string) bool {
	if rel == "" || rel[0] == '/' {
		return false
	}
	for i := 0; i < len(rel); i++ {
		c := rel[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~%!$&'()*+,;=:@/", c) >= 0
		if !ok {
			return false
		}
	}
	first, _, _ := strings.Cut(rel, "/")
	if strings.Contains(first, ":") {
		return false
	}
	for _, seg := range strings.Split(rel, "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return true
}
