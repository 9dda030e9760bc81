package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// WriteJSONLD writes every quad as JSON-LD 1.0: a top-level "@graph" holding
// one named graph object per document ({"@id": "doc:…", "@graph": [nodes]})
// after any nodes of the default graph. The "@context" (JSONLDContext) names
// every vocabulary term by its short label and coerces IRI-valued
// properties, so the file reads as plain JSON: "@type": ["Person"],
// "wroteTo": "person:joseph-stalin", "label": {"en": …, "ru": …}. Blank nodes
// read from outside are written "_:label". Memory: one named graph.
func WriteJSONLD(ctx context.Context, src Source, w io.Writer) (Count, error) {
	bw := bufio.NewWriter(w)
	ld := newJSONLD()
	var c Count
	head, err := ld.context()
	if err != nil {
		return c, fmt.Errorf("jsonld: %w", err)
	}
	bw.WriteString("{\n  \"@context\": ")
	bw.Write(head)
	bw.WriteString(",\n  \"@graph\": [")
	first := true
	sep := func() {
		if !first {
			bw.WriteString(",")
		}
		first = false
		bw.WriteString("\n    ")
	}
	err = src.EachGraph(ctx, func(label quad.Value, qs []quad.Quad) error {
		if label == nil {
			for i := 0; i < len(qs); {
				j := nextSubject(qs, i)
				node, err := ld.node(qs[i:j], "    ")
				if err != nil {
					return err
				}
				sep()
				bw.Write(node)
				c.Statements += j - i
				i = j
			}
			return nil
		}
		sep()
		id, err := ld.id(label)
		if err != nil {
			return err
		}
		bw.WriteString("{\n      \"@id\": ")
		bw.Write(jsonString(id))
		bw.WriteString(",\n      \"@graph\": [")
		for i := 0; i < len(qs); {
			j := nextSubject(qs, i)
			node, err := ld.node(qs[i:j], "        ")
			if err != nil {
				return err
			}
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n        ")
			bw.Write(node)
			c.Statements += j - i
			i = j
		}
		bw.WriteString("\n      ]\n    }")
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("jsonld: %w", err)
	}
	bw.WriteString("\n  ]\n}\n")
	if err := bw.Flush(); err != nil {
		return c, fmt.Errorf("jsonld: %w", err)
	}
	return c, nil
}

// nextSubject returns the end of the run of quads from i that share i's
// subject.
func nextSubject(qs []quad.Quad, i int) int {
	j := i + 1
	for j < len(qs) && qs[j].Subject == qs[i].Subject {
		j++
	}
	return j
}

// ldTerm is how the context names one property.
type ldTerm struct {
	key      string
	coerceID bool // "@type": "@id": IRI values are plain strings
	langMap  bool // "@container": "@language": {"ky": …}
}

type jsonLD struct {
	prefixes []schema.Prefix
	terms    map[string]ldTerm // property IRI -> term
	classes  map[string]string // class IRI -> term
	order    []schema.Term     // terms that got a key, in vocabulary order
}

func newJSONLD() *jsonLD {
	ld := &jsonLD{prefixes: schema.ReadablePrefixes(), terms: map[string]ldTerm{}, classes: map[string]string{}}
	taken := map[string]bool{}
	for _, p := range ld.prefixes {
		taken[p.Name] = true
	}
	for _, t := range schema.Terms() {
		// rdf:type is "@type"; a label that is also a prefix name
		// ("place") would shadow the prefix, so that term keeps its
		// prefixed name as its key.
		if t.IRI == schema.RDFType || taken[t.Label] {
			continue
		}
		taken[t.Label] = true
		ld.order = append(ld.order, t)
		if t.Kind == schema.Class {
			ld.classes[t.IRI] = t.Label
			continue
		}
		ld.terms[t.IRI] = ldTerm{key: t.Label, coerceID: iriValued(t), langMap: t.IRI == schema.RDFSLabel || t.IRI == schema.AltName}
	}
	return ld
}

// iriValued reports whether every value of property t is an IRI.
func iriValued(t schema.Term) bool {
	if t.Range == nil {
		return t.IRI == schema.SameAs
	}
	for _, r := range t.Range {
		full := schema.ExpandWith(schema.ReadablePrefixes(), r)
		if len(full) > len(schema.XSD) && full[:len(schema.XSD)] == schema.XSD || full == schema.RDF+"langString" {
			return false
		}
	}
	return true
}

// JSONLDContext returns the "@context" WriteJSONLD writes.
func JSONLDContext() ([]byte, error) { return newJSONLD().context() }

func (ld *jsonLD) context() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{")
	n := 0
	entry := func(k string, v any) error {
		val, err := marshal(v)
		if err != nil {
			return err
		}
		if n > 0 {
			b.WriteString(",")
		}
		n++
		b.WriteString("\n    ")
		b.Write(jsonString(k))
		b.WriteString(": ")
		b.Write(val)
		return nil
	}
	for _, p := range ld.prefixes {
		if err := entry(p.Name, p.IRI); err != nil {
			return nil, err
		}
	}
	for _, t := range ld.order {
		id := schema.CompactWith(ld.prefixes, t.IRI)
		var v any = id
		if tm, ok := ld.terms[t.IRI]; ok && (tm.coerceID || tm.langMap) {
			m := map[string]string{"@id": id}
			if tm.coerceID {
				m["@type"] = "@id"
			}
			if tm.langMap {
				m["@container"] = "@language"
			}
			v = m
		}
		if err := entry(t.Label, v); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n  }")
	return b.Bytes(), nil
}

// id is the compact form of a node identifier.
func (ld *jsonLD) id(v quad.Value) (string, error) {
	switch x := v.(type) {
	case quad.IRI:
		return schema.CompactWith(ld.prefixes, string(x)), nil
	case quad.BNode:
		return "_:" + string(x), nil
	}
	return "", fmt.Errorf("%v cannot name a node", v)
}

// node renders one subject's quads as a node object.
func (ld *jsonLD) node(qs []quad.Quad, indent string) ([]byte, error) {
	id, err := ld.id(qs[0].Subject)
	if err != nil {
		return nil, err
	}
	obj := map[string]any{"@id": id}
	add := func(k string, v any) {
		switch cur := obj[k].(type) {
		case nil:
			obj[k] = v
		case []any:
			obj[k] = append(cur, v)
		default:
			obj[k] = []any{cur, v}
		}
	}
	for _, q := range qs {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("%s: predicate is not an IRI", q.NQuad())
		}
		if string(p) == schema.RDFType {
			if c, ok := q.Object.(quad.IRI); ok {
				name := ld.classes[string(c)]
				if name == "" {
					name = schema.CompactWith(ld.prefixes, string(c))
				}
				add("@type", name)
				continue
			}
		}
		tm, known := ld.terms[string(p)]
		key := schema.CompactWith(ld.prefixes, string(p))
		if known {
			key = tm.key
		}
		if ls, ok := q.Object.(quad.LangString); ok && known && tm.langMap {
			m, _ := obj[key].(map[string]any)
			if m == nil {
				m = map[string]any{}
				obj[key] = m
			}
			switch cur := m[ls.Lang].(type) {
			case nil:
				m[ls.Lang] = string(ls.Value)
			case []any:
				m[ls.Lang] = append(cur, string(ls.Value))
			default:
				m[ls.Lang] = []any{cur, string(ls.Value)}
			}
			continue
		}
		if known && tm.langMap {
			key = schema.CompactWith(ld.prefixes, string(p)) // a value a language map cannot hold
		}
		v, err := ld.value(q.Object, known && tm.coerceID)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.NQuad(), err)
		}
		add(key, v)
	}
	// "@type" is always a list, so that plain-JSON readers find one shape.
	if t, ok := obj["@type"].(string); ok {
		obj["@type"] = []any{t}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, "  ")
	if err := enc.Encode(obj); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// value renders an object; coerced says the key's term reads strings as IRIs.
func (ld *jsonLD) value(v quad.Value, coerced bool) (any, error) {
	switch x := v.(type) {
	case quad.IRI, quad.BNode:
		id, _ := ld.id(x)
		if coerced {
			return id, nil
		}
		return map[string]string{"@id": id}, nil
	case quad.String:
		if coerced {
			return map[string]string{"@value": string(x)}, nil
		}
		return string(x), nil
	case quad.LangString:
		return map[string]string{"@value": string(x.Value), "@language": x.Lang}, nil
	case quad.TypedString:
		return map[string]string{"@value": string(x.Value), "@type": schema.CompactWith(ld.prefixes, schema.Expand(string(x.Type)))}, nil
	case quad.TypedStringer:
		return ld.value(x.TypedString(), coerced)
	}
	return nil, fmt.Errorf("cannot write %T %v as JSON-LD", v, v)
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

func jsonString(s string) []byte {
	b, _ := marshal(validUTF8(s))
	return b
}
