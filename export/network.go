package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// The network view that GraphML, GEXF and CSV write.
//
// Nodes are the subjects that have an rdf:type other than dossier:Statement
// and dossier:Evidence: people, places, organisations, events (letters,
// executions, … included), works and the source documents. Edges are the
// quads between two nodes other than rdf:type: the asserted facts
// (wroteTo, memberOf, …), the events' links to their actors and places,
// documents' mentions, events' documents. Hedged, negated and alleged
// statements have no direct quad and so no edge; the RDF formats keep them.
// A triple stated by two documents is two edges, one per document.
//
// Memory: one subject's quads, the statements about it (to date its fact
// edges), and a cache of at most nodeCacheSize node checks.

// nodeCacheSize bounds the cache of "is this IRI a node" answers.
const nodeCacheSize = 4096

// Column is one attribute of the nodes or edges, the same in every network
// format: a GraphML key, a GEXF attribute, a CSV column.
type Column struct {
	ID, Title string
}

// NodeColumns are the attributes of a node besides its ID and label: its
// type (the most specific class: Person, Letter, Execution, Source, …),
// every class, the Wikidata item, the date of an event, the dates of the
// date-valued facts about it (bornOn, executedOn, …) and the documents
// that describe it. Several values are joined by "; ".
func NodeColumns() []Column {
	cols := []Column{{"type", "type"}, {"types", "types"}, {"wikidata", "wikidata"}, {"date", "date"}}
	for _, p := range dossier.Predicates {
		if p.DateValued() {
			cols = append(cols, Column{string(p), string(p)})
		}
	}
	return append(cols, Column{"documents", "documents"})
}

// EdgeColumns are the attributes of an edge besides its ends and label:
// the predicate (prefixed), the date (of the statement for a fact, of the
// event for an event's links) and the document that states it.
func EdgeColumns() []Column {
	return []Column{{"predicate", "predicate"}, {"date", "date"}, {"document", "document"}}
}

// Node is one node of the network view.
type Node struct {
	ID, Label string
	Attrs     map[string]string // by Column.ID
}

// Edge is one edge of the network view.
type Edge struct {
	ID, Source, Target, Label string
	// Directed is false for symmetric predicates (alliedWith).
	Directed bool
	Attrs    map[string]string // by Column.ID
}

type network struct {
	src      Source
	cache    map[quad.Value]bool
	prefixes []schema.Prefix
}

func newNetwork(src Source) *network {
	return &network{src: src, cache: map[quad.Value]bool{}, prefixes: schema.ReadablePrefixes()}
}

// nodes calls fn for every node.
func (n *network) nodes(ctx context.Context, fn func(Node) error) error {
	return n.src.EachSubject(ctx, func(s quad.Value, qs []quad.Quad) error {
		if !isNode(qs) {
			return nil
		}
		return fn(n.nodeOf(s, qs))
	})
}

// edges calls fn for every edge.
func (n *network) edges(ctx context.Context, fn func(Edge) error) error {
	return n.src.EachSubject(ctx, func(s quad.Value, qs []quad.Quad) error {
		if !isNode(qs) {
			return nil
		}
		own := map[quad.Value]string{} // the subject's own date, per graph
		for _, q := range qs {
			if q.Predicate == quad.IRI(schema.PDate) {
				own[q.Label] = joinValue(own[q.Label], schema.Lit(q.Object))
			}
		}
		var stated map[factKey]string // dates of the statements about s, loaded when needed
		for _, q := range qs {
			if _, ok := q.Object.(quad.IRI); !ok || q.Predicate == quad.IRI(schema.RDFType) {
				continue
			}
			node, err := n.isNodeIRI(ctx, q.Object)
			if err != nil {
				return err
			}
			if !node {
				continue
			}
			pred := schema.IRIString(q.Predicate)
			date := own[q.Label]
			p, isFact := schema.PredicateOf(pred)
			if isFact {
				if stated == nil {
					if stated, err = n.statementDates(ctx, s); err != nil {
						return err
					}
				}
				date = stated[factKey{pred, q.Object, q.Label}]
			}
			e := Edge{
				ID:       edgeID(q),
				Source:   nodeID(s),
				Target:   nodeID(q.Object),
				Label:    localName(pred),
				Directed: !(isFact && p.Symmetric()),
				Attrs: map[string]string{
					"predicate": schema.CompactWith(n.prefixes, pred),
					"date":      date,
					"document":  documentName(q.Label),
				},
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
}

type factKey struct {
	pred  string
	obj   quad.Value
	label quad.Value
}

// statementDates finds the asserted statements whose subject is s and
// returns their dates by predicate, object and document.
func (n *network) statementDates(ctx context.Context, s quad.Value) (map[factKey]string, error) {
	var stmts []quad.Value
	err := n.src.QuadsWith(ctx, quad.Object, s, func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.RDFSubject) {
			stmts = append(stmts, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[factKey]string{}
	for _, st := range stmts {
		var k factKey
		var date, stance string
		err := n.src.QuadsWith(ctx, quad.Subject, st, func(q quad.Quad) error {
			switch schema.IRIString(q.Predicate) {
			case schema.RDFPredicate:
				k.pred = schema.IRIString(q.Object)
			case schema.RDFObject:
				k.obj = q.Object
			case schema.PDate:
				date = schema.Lit(q.Object)
			case schema.PStance:
				stance = schema.Lit(q.Object)
			}
			k.label = q.Label
			return nil
		})
		if err != nil {
			return nil, err
		}
		if stance == "" || stance == string(dossier.Asserted) {
			out[k] = joinValue(out[k], date)
		}
	}
	return out, nil
}

// isNodeIRI reports whether v is a node, remembering the answer.
func (n *network) isNodeIRI(ctx context.Context, v quad.Value) (bool, error) {
	if ok, seen := n.cache[v]; seen {
		return ok, nil
	}
	var qs []quad.Quad
	err := n.src.QuadsWith(ctx, quad.Subject, v, func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.RDFType) {
			qs = append(qs, q)
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if len(n.cache) >= nodeCacheSize {
		clear(n.cache)
	}
	ok := isNode(qs)
	n.cache[v] = ok
	return ok, nil
}

// isNode reports whether a subject with these quads is a node.
func isNode(qs []quad.Quad) bool {
	node := false
	for _, q := range qs {
		if q.Predicate != quad.IRI(schema.RDFType) {
			continue
		}
		switch schema.IRIString(q.Object) {
		case schema.ClassStatement, schema.ClassEvidence:
			return false
		case "":
		default:
			node = true
		}
	}
	return node
}

func (n *network) nodeOf(s quad.Value, qs []quad.Quad) Node {
	nd := Node{ID: nodeID(s), Attrs: map[string]string{}}
	var types []string
	var nameEN, name, label string
	docs := map[string]bool{}
	for _, q := range qs {
		if q.Label != nil {
			docs[documentName(q.Label)] = true
		}
		pred := schema.IRIString(q.Predicate)
		switch pred {
		case schema.RDFType:
			if c := schema.IRIString(q.Object); c != "" {
				types = append(types, c)
			}
		case schema.Name:
			if ls, ok := q.Object.(quad.LangString); ok && ls.Lang == "en" && nameEN == "" {
				nameEN = string(ls.Value)
			} else if name == "" {
				name = schema.Lit(q.Object)
			}
		case schema.RDFSLabel:
			if label == "" {
				label = schema.Lit(q.Object)
			}
		case schema.SameAs:
			if wd, ok := strings.CutPrefix(schema.IRIString(q.Object), schema.WD); ok {
				nd.Attrs["wikidata"] = joinValue(nd.Attrs["wikidata"], wd)
			}
		case schema.PDate:
			nd.Attrs["date"] = joinValue(nd.Attrs["date"], schema.Lit(q.Object))
		default:
			if p, ok := schema.PredicateOf(pred); ok && p.DateValued() {
				nd.Attrs[string(p)] = joinValue(nd.Attrs[string(p)], schema.Lit(q.Object))
			}
		}
	}
	nd.Label = firstNonEmpty(nameEN, name, label, localName(nd.ID))
	nd.Label = strings.Join(strings.Fields(nd.Label), " ")
	nd.Attrs["type"] = localName(mainType(types))
	short := make([]string, len(types))
	for i, t := range types {
		short[i] = schema.CompactWith(n.prefixes, t)
	}
	nd.Attrs["types"] = strings.Join(short, "; ")
	var ds []string
	for d := range docs {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	nd.Attrs["documents"] = strings.Join(ds, "; ")
	return nd
}

// mainType picks the most specific class: Dossier's own (Letter,
// Execution, Source), else schema.org's, else the first.
func mainType(types []string) string {
	for _, ns := range []string{schema.NS, schema.SDO} {
		for _, t := range types {
			if strings.HasPrefix(t, ns) {
				return t
			}
		}
	}
	if len(types) > 0 {
		return types[0]
	}
	return ""
}

// nodeID is a node's ID in every network format: its IRI, or _:label.
func nodeID(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.BNode:
		return "_:" + string(x)
	}
	return quad.StringOf(v)
}

// edgeID is a short hash of the quad, stable across runs.
func edgeID(q quad.Quad) string {
	h := sha256.New()
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		h.Write([]byte(quad.StringOf(v)))
		h.Write([]byte{0})
	}
	return "e" + hex.EncodeToString(h.Sum(nil))[:16]
}

// documentName is the document ID of a named graph, or its IRI.
func documentName(label quad.Value) string {
	if label == nil {
		return ""
	}
	iri := schema.IRIString(label)
	if id, ok := schema.DocID(iri); ok {
		return id
	}
	return quad.StringOf(label)
}

// localName is the part of an IRI after its last '#' or '/'.
func localName(iri string) string {
	if i := strings.LastIndexAny(iri, "#/"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// joinValue adds v to a "; "-joined list unless it is empty or already there.
func joinValue(list, v string) string {
	if v == "" {
		return list
	}
	if list == "" {
		return v
	}
	for _, x := range strings.Split(list, "; ") {
		if x == v {
			return list
		}
	}
	return list + "; " + v
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
