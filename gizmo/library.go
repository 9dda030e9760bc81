package gizmo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
)

// Kind is what a parameter's value is.
type Kind string

// Parameter kinds. The entity kinds take any form of a name (resolved
// through the name index) or an IRI.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Entity       Kind = "entity" // an entity of any type
	Year         Kind = "year"
	Int          Kind = "int"
)

// entityType is the type the name index resolves a kind to ("" for any).
func (k Kind) entityType() (dossier.EntityType, bool) {
	switch k {
	case Person:
		return dossier.Person, true
	case Organization:
		return dossier.Organization, true
	case Place:
		return dossier.Place, true
	case Entity:
		return "", true
	}
	return "", false
}

// Param is one parameter of a named query.
type Param struct {
	Name     string `json:"name"`
	Kind     Kind   `json:"kind"`
	Doc      string `json:"doc"`
	Required bool   `json:"required,omitempty"`
	// Default is used when the parameter is not given ("" for none).
	Default string `json:"default,omitempty"`
	// Min and Max bound Int and Year values.
	Min int `json:"min,omitempty"`
	Max int `json:"max,omitempty"`
	// Example is a value the documentation and the UI offer.
	Example string `json:"example,omitempty"`
}

// Query is a named Gizmo query with parameters.
type Query struct {
	Name   string  `json:"name"`
	Title  string  `json:"title"`
	Doc    string  `json:"doc"`
	Params []Param `json:"params"`
	// Rows says what one result row holds; rows with "source" and "target"
	// are what Cayley's Visualize view draws.
	Rows string `json:"rows"`
	// Network is true when rows carry source and target.
	Network bool `json:"network"`
	// body is the script after the prelude; it reads params and calls emit.
	body string
}

// ErrParam means a parameter was missing, unknown or malformed, or named
// no entity the index knows: the caller's mistake (exit status 2, HTTP 400).
var ErrParam = errors.New("bad parameter")

// ErrUnknown means no named query has the name asked for.
var ErrUnknown = errors.New("no such named query")

// Resolver finds the entity a name names (index.Names implements it).
type Resolver interface {
	Resolve(ctx context.Context, text string, t dossier.EntityType) (index.Hit, error)
}

// Value is one parameter as bound: the text given and what it became.
type Value struct {
	Given string `json:"given"`
	// IRI and Name are set for entity parameters.
	IRI  string `json:"iri,omitempty"`
	Name string `json:"name,omitempty"`
	// Int is set for Int and Year parameters.
	Int *int `json:"int,omitempty"`
}

// Bound is a named query with its parameters resolved, ready to run.
type Bound struct {
	Query  *Query           `json:"-"`
	Name   string           `json:"query"`
	Values map[string]Value `json:"params"`
	// Script is the Gizmo program: the parameters as a JavaScript object,
	// the prelude of helpers, the query's body.
	Script string `json:"script"`
}

// Lookup returns the named query name.
func Lookup(name string) (*Query, error) {
	for _, q := range Library() {
		if q.Name == name {
			return q, nil
		}
	}
	return nil, fmt.Errorf("%w %q (the library has %s)", ErrUnknown, name, strings.Join(Names(), ", "))
}

// Names lists the names of the library's queries in order.
func Names() []string {
	var out []string
	for _, q := range Library() {
		out = append(out, q.Name)
	}
	return out
}

// Bind resolves args (parameter name → text) against q's parameters: entity
// parameters through r (any form of a name, or an IRI), numbers parsed and
// bounded, defaults filled in. Every error wraps ErrParam.
func (q *Query) Bind(ctx context.Context, r Resolver, args map[string]string) (*Bound, error) {
	for k := range args {
		if q.param(k) == nil {
			return nil, fmt.Errorf("%w: %s has no parameter %q (it takes %s)", ErrParam, q.Name, k, q.paramNames())
		}
	}
	b := &Bound{Query: q, Name: q.Name, Values: map[string]Value{}}
	js := map[string]any{}
	for _, p := range q.Params {
		text, given := args[p.Name]
		text = strings.TrimSpace(text)
		if !given || text == "" {
			text = p.Default
		}
		if text == "" {
			if p.Required {
				return nil, fmt.Errorf("%w: %s needs %s (%s), e.g. %s=%s", ErrParam, q.Name, p.Name, p.Doc, p.Name, p.Example)
			}
			js[p.Name] = nil
			continue
		}
		v := Value{Given: text}
		if t, ok := p.Kind.entityType(); ok {
			if r == nil {
				return nil, fmt.Errorf("%w: %s=%s: no name index to resolve it with", ErrParam, p.Name, text)
			}
			h, err := r.Resolve(ctx, text, t)
			if errors.Is(err, index.ErrNotFound) {
				return nil, fmt.Errorf("%w: %s: %w", ErrParam, p.Name, err)
			}
			if err != nil {
				return nil, err
			}
			v.IRI, v.Name = h.IRI, h.Name
			js[p.Name] = "<" + h.IRI + ">"
		} else {
			n, err := strconv.Atoi(text)
			if err != nil {
				return nil, fmt.Errorf("%w: %s=%s: want a whole number", ErrParam, p.Name, text)
			}
			if (p.Min != 0 || p.Max != 0) && (n < p.Min || n > p.Max) {
				return nil, fmt.Errorf("%w: %s=%d: want %d to %d", ErrParam, p.Name, n, p.Min, p.Max)
			}
			v.Int = &n
			js[p.Name] = n
		}
		b.Values[p.Name] = v
	}
	// JSON is JavaScript here: Go's encoder escapes U+2028 and U+2029,
	// the two characters where they differ.
	var pj strings.Builder
	enc := json.NewEncoder(&pj)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(js); err != nil {
		return nil, err
	}
	var s strings.Builder
	fmt.Fprintf(&s, "// %s: %s\n// Dossier's named query %q with its parameters filled in.\nvar params = %s;\n", q.Name, q.Title, q.Name, strings.TrimSpace(pj.String()))
	s.WriteString(prelude())
	s.WriteString(q.body)
	b.Script = s.String()
	return b, nil
}

func (q *Query) param(name string) *Param {
	for i := range q.Params {
		if q.Params[i].Name == name {
			return &q.Params[i]
		}
	}
	return nil
}

func (q *Query) paramNames() string {
	var out []string
	for _, p := range q.Params {
		out = append(out, p.Name)
	}
	if len(out) == 0 {
		return "none"
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// Example returns the parameters the documentation shows for q.
func (q *Query) Example() map[string]string {
	out := map[string]string{}
	for _, p := range q.Params {
		if p.Example != "" {
			out[p.Name] = p.Example
		}
	}
	return out
}

// Run runs a bound query on st, with opt's limit and timeout. The ego
// network is answered by Store.Ego, which gives the rows of the Gizmo
// script without the JavaScript engine (a two-hop network reads hundreds
// of statements, each a tree of iterators in the script); the other
// queries, and ego in JSON-LD form, run as their script.
func Run(ctx context.Context, st *graph.Store, b *Bound, opt graph.QueryOptions) (*graph.QueryResult, error) {
	if b.Name == "ego" && !opt.JSONLD {
		p, hops, fanout := b.Values["person"], b.Values["hops"], b.Values["fanout"]
		if p.IRI != "" && hops.Int != nil && fanout.Int != nil {
			return st.Ego(ctx, p.IRI, *hops.Int, *fanout.Int, opt)
		}
	}
	return st.Query(ctx, b.Script, opt)
}
