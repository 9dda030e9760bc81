package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/schema"
)

// nameCacheSize bounds the caches of names and file names Facts keeps.
const nameCacheSize = 4096

// Facts reads the store back as lines of the facts format (package facts),
// the lines `dossier extract --format facts` writes, reconstructed from the
// entity, statement and evidence nodes: for every entity a document
// mentions, its entity line (all its names as written, the file names of
// the documents that mention it, its Wikidata item), then one relation line
// per statement whose subject it is and per piece of evidence (subject,
// predicate and object with their names, date, place, stance, source file,
// span, quote, confidence, rule). Statements of every stance are included.
//
// Entities come in the store's node order, their names, documents and
// relation lines sorted. Memory: one entity with its statements, and
// bounded caches of names.
func (s *Store) Facts(ctx context.Context, fn func(facts.Line) error) error {
	r := &factReader{s: s, names: map[quad.IRI]string{}, files: map[quad.IRI]string{}}
	mentions := quad.IRI(schema.PMentions)
	it := s.qs.NodesAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		v, err := s.qs.NameOf(it.Result())
		if err != nil {
			return fmt.Errorf("facts: %w", err)
		}
		iri, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		mentioned := false
		err = s.eachQuad(ctx, quad.Object, it.Result(), func(q quad.Quad) error {
			if q.Predicate == mentions {
				mentioned = true
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return fmt.Errorf("facts: %w", err)
		}
		if !mentioned {
			continue
		}
		e, err := s.Entity(ctx, iri)
		if err != nil {
			return fmt.Errorf("facts: %w", err)
		}
		lines, err := r.lines(ctx, e)
		if err != nil {
			return fmt.Errorf("facts: %w", err)
		}
		for _, l := range lines {
			if err := fn(l); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	return nil
}

// errStop ends an iteration early.
var errStop = errors.New("stop")

type factReader struct {
	s     *Store
	names map[quad.IRI]string // preferred names
	files map[quad.IRI]string // documents' file names
}

// lines turns one entity record into its entity and relation lines.
func (r *factReader) lines(ctx context.Context, e *EntityRecord) ([]facts.Line, error) {
	ent := facts.Line{Kind: "entity", ID: string(e.ID), Name: preferredName(e.Names)}
	for _, t := range e.Types {
		if typ, ok := schema.TypeOfClass(string(t)); ok {
			ent.Type = string(typ)
			break
		}
	}
	seen := map[string]bool{}
	for _, n := range e.AltNames {
		if t := schema.Lit(n); !seen[t] {
			seen[t] = true
			ent.Names = append(ent.Names, t)
		}
	}
	sort.Strings(ent.Names)
	for _, w := range e.SameAs {
		if q, ok := strings.CutPrefix(string(w), schema.WD); ok {
			ent.Wikidata = q
		}
	}
	for _, d := range e.MentionedIn {
		f, err := r.fileName(ctx, d)
		if err != nil {
			return nil, err
		}
		ent.Docs = append(ent.Docs, f)
	}
	sort.Strings(ent.Docs)
	out := []facts.Line{ent}

	var rels []facts.Line
	for i := range e.Statements {
		st := &e.Statements[i]
		ls, err := r.relations(ctx, ent.Name, st)
		if err != nil {
			return nil, err
		}
		rels = append(rels, ls...)
	}
	sort.Slice(rels, func(i, j int) bool { return relationKey(rels[i]) < relationKey(rels[j]) })
	return append(out, rels...), nil
}

func relationKey(l facts.Line) string {
	return strings.Join([]string{l.Predicate, l.ObjectID, l.Object, l.Date, l.PlaceID, l.Stance, l.DocID, fmt.Sprint(l.Span), l.Rule}, "\x00")
}

// relations turns one statement into its relation lines, one per evidence.
func (r *factReader) relations(ctx context.Context, subjectName string, st *StatementRecord) ([]facts.Line, error) {
	pred, ok := schema.PredicateOf(string(st.Predicate))
	if !ok {
		return nil, nil // not a Dossier fact
	}
	base := facts.Line{Kind: "relation", SubjectID: string(st.Subject), Subject: subjectName, Predicate: string(pred)}
	if st.Stance != "" && st.Stance != string(dossier.Asserted) {
		base.Stance = st.Stance
	}
	obj := NormalizeValue(st.Object)
	if o, ok := obj.(quad.IRI); ok {
		name, err := r.name(ctx, o)
		if err != nil {
			return nil, err
		}
		base.ObjectID, base.Object = string(o), name
	} else {
		// A date object: the statement's date is that date (the encoder
		// writes no other), with the precision its literal cannot show.
		prec := ""
		if st.Date != nil && NormalizeValue(st.Date) == obj {
			prec = st.Precision
		}
		if d, ok := schema.DateOf(obj, prec); ok {
			base.Object = d.ISO()
		} else {
			base.Object = schema.Lit(obj)
		}
	}
	if st.Date != nil && NormalizeValue(st.Date) != obj {
		if d, ok := schema.DateOf(NormalizeValue(st.Date), st.Precision); ok {
			base.Date = d.ISO()
		}
	}
	if st.Place != "" {
		name, err := r.name(ctx, st.Place)
		if err != nil {
			return nil, err
		}
		base.PlaceID, base.Place = string(st.Place), name
	}
	if st.Source != "" {
		f, err := r.fileName(ctx, st.Source)
		if err != nil {
			return nil, err
		}
		base.Source = f
		if id, ok := schema.DocID(string(st.Source)); ok {
			base.DocID = id
		}
	}
	var out []facts.Line
	for _, ev := range st.Evidence {
		l := base
		if sp, err := dossier.ParseSpan(ev.Span); err == nil {
			l.Span = []int{sp.Start, sp.End}
		}
		l.Evidence = ev.Quote
		l.Rule = ev.Rule
		if ev.Confidence != nil {
			l.Confidence, _ = strconv.ParseFloat(schema.Lit(NormalizeValue(ev.Confidence)), 64)
		}
		out = append(out, l)
	}
	return out, nil
}

// name is the preferred name of the node iri.
func (r *factReader) name(ctx context.Context, iri quad.IRI) (string, error) {
	if n, ok := r.names[iri]; ok {
		return n, nil
	}
	var names []quad.Value
	err := r.s.QuadsWith(ctx, quad.Subject, iri, func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.Name) {
			names = append(names, q.Object)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	if len(r.names) >= nameCacheSize {
		clear(r.names)
	}
	n := preferredName(names)
	r.names[iri] = n
	return n, nil
}

// fileName is the file name of the document doc.
func (r *factReader) fileName(ctx context.Context, doc quad.IRI) (string, error) {
	if f, ok := r.files[doc]; ok {
		return f, nil
	}
	f := ""
	err := r.s.QuadsWith(ctx, quad.Subject, doc, func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.PFileName) {
			f = schema.Lit(q.Object)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	if f == "" {
		f = string(doc)
	}
	if len(r.files) >= nameCacheSize {
		clear(r.files)
	}
	r.files[doc] = f
	return f, nil
}

// preferredName picks the English schema:name, else the smallest name.
func preferredName(names []quad.Value) string {
	best := ""
	for _, n := range names {
		if ls, ok := n.(quad.LangString); ok && ls.Lang == "en" {
			return string(ls.Value)
		}
		if t := schema.Lit(n); best == "" || t < best {
			best = t
		}
	}
	return best
}
