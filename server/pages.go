package server

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/translit"
	"github.com/dossier-kg/dossier/schema"
)

// webFS holds Dossier's pages: templates, style, scripts, and the vendored
// network-drawing library (scripts/vendor-js). Nothing is fetched from
// outside the binary.
//
//go:embed web/templates web/static
var webFS embed.FS

func parsePages() (*template.Template, error) {
	return template.New("").ParseFS(webFS, "web/templates/*.html")
}

// routePages registers the pages:
//
//	/dossier/                     home: documents, links
//	/dossier/search?q=NAME        entities by any form of their name
//	/dossier/entity/KIND/SLUG     an entity: names in every script, facts with dates and evidence
//	/dossier/doc/ID?span=A:B      a document with the passage A:B (byte offsets) highlighted
//	/dossier/fact?iri=STATEMENT   one statement and the words that state it
//	/dossier/network?query=NAME&… a named query drawn as a network, with a time slider
//	/dossier/timeline?person=NAME the dated events (of one person)
//	/dossier/queries              the named queries, with forms
func (s *Server) routePages() {
	static, err := fs.Sub(webFS, "web/static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	s.mux.Handle("GET /dossier/static/", http.StripPrefix("/dossier/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /dossier", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/dossier/", http.StatusMovedPermanently)
	})
	s.mux.HandleFunc("GET /dossier/{$}", s.pageHome)
	s.mux.HandleFunc("GET /dossier/search", s.pageSearch)
	s.mux.HandleFunc("GET /dossier/entity", s.pageEntity)
	s.mux.HandleFunc("GET /dossier/entity/{path...}", s.pageEntity)
	s.mux.HandleFunc("GET /dossier/doc/{id...}", s.pageDocument)
	s.mux.HandleFunc("GET /dossier/fact", s.pageFact)
	s.mux.HandleFunc("GET /dossier/network", s.pageNetwork)
	s.mux.HandleFunc("GET /dossier/timeline", s.pageTimeline)
	s.mux.HandleFunc("GET /dossier/queries", s.pageQueries)
}

// page is what every template gets: the title, the search box's text, and
// the page's own data.
type page struct {
	Title  string
	Search string
	Wide   bool
	Data   any
}

func (s *Server) render(w http.ResponseWriter, code int, name string, p page) {
	var b strings.Builder
	if err := s.pages.ExecuteTemplate(&b, name, p); err != nil {
		s.log.Error("page", "template", name, "err", err)
		http.Error(w, "page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprint(w, b.String())
}

func (s *Server) fail(w http.ResponseWriter, code int, title, msg string) {
	s.render(w, code, "error.html", page{Title: title, Data: msg})
}

// link is a name that may link to a page.
type link struct {
	Name string
	URL  string
}

func (s *Server) link(r *http.Request, iri quad.IRI) link {
	l := s.label(r.Context(), string(iri))
	return link{Name: l.Name, URL: l.URL}
}

// docURL is the page of document id, with the passage span highlighted if
// span is not "".
func docURL(id, span string) string {
	segs := strings.Split(id, "/")
	for i, seg := range segs {
		segs[i] = url.PathEscape(seg)
	}
	u := "/dossier/doc/" + strings.Join(segs, "/")
	if span != "" {
		u += "?span=" + url.QueryEscape(span) + "#evidence"
	}
	return u
}

// homeDocs caps the documents the home page lists.
const homeDocs = 200

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	docs, err := s.store.Documents(r.Context())
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	type doc struct{ ID, Name, URL string }
	data := struct {
		Documents int
		Docs      []doc
		MoreDocs  bool
	}{Documents: len(docs)}
	for i, d := range docs {
		if i == homeDocs {
			data.MoreDocs = true
			break
		}
		data.Docs = append(data.Docs, doc{ID: d.ID, Name: path.Base(d.ID), URL: docURL(d.ID, "")})
	}
	s.render(w, http.StatusOK, "home.html", page{Title: "Home", Data: data})
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	t, err := dossier.ParseEntityType(r.URL.Query().Get("type"))
	if err != nil {
		s.fail(w, http.StatusBadRequest, "Search", err.Error())
		return
	}
	type hit struct {
		index.Hit
		URL    string
		Others []string
	}
	data := struct {
		Hits  []hit
		Types []dossier.EntityType
		Type  dossier.EntityType
	}{Types: dossier.EntityTypes, Type: t}
	if q != "" {
		hits, err := s.names.Find(r.Context(), index.Query{Text: q, Type: t, Limit: 20})
		if err != nil {
			s.fail(w, http.StatusInternalServerError, "Search", err.Error())
			return
		}
		for _, h := range hits {
			x := hit{Hit: h, URL: entityURL(h.IRI)}
			for _, n := range h.Names {
				if n != h.Name && n != h.Matched && len(x.Others) < 8 {
					x.Others = append(x.Others, n)
				}
			}
			data.Hits = append(data.Hits, x)
		}
	}
	title := "Search"
	if q != "" {
		title = "Search: " + q
	}
	s.render(w, http.StatusOK, "search.html", page{Title: title, Search: q, Data: data})
}

// nameForm is one name of an entity on its page.
type nameForm struct {
	Text, Lang string
	Label      bool // a standard name (rdfs:label) rather than a form a document writes
}

// nameGroup is the names of one script.
type nameGroup struct {
	Script string
	Forms  []nameForm
}

// factView is one statement on a page.
type factView struct {
	Statement string
	FactURL   string
	Date      string
	Relation  string
	Subject   link
	Object    link   // an entity object
	Value     string // a date (or other literal) object
	Place     link
	Stance    string
	DocName   string
	DocURL    string
	Evidence  []evidenceView
}

// evidenceView is one passage that states a statement.
type evidenceView struct {
	Quote, URL, DocName, Span, Rule, Confidence string
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	iri := r.URL.Query().Get("iri")
	if p := r.PathValue("path"); p != "" {
		iri = schema.ID + p
	}
	if iri == "" {
		s.fail(w, http.StatusBadRequest, "Entity", "Which entity? Search for a name first.")
		return
	}
	e, err := s.store.Entity(r.Context(), quad.IRI(iri))
	if errors.Is(err, graph.ErrNotFound) {
		s.fail(w, http.StatusNotFound, "Not found", "No document in this store mentions "+iri+".")
		return
	}
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	objects, err := s.store.StatementsWithObject(r.Context(), quad.IRI(iri))
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	data := struct {
		IRI, Name, Type, Wikidata, QueryName string
		Names                                []nameGroup
		Facts                                []factView
		Docs                                 []link
	}{IRI: iri, QueryName: iri, Name: preferred(e.Names)}
	for _, t := range e.Types {
		if typ, ok := schema.TypeOfClass(string(t)); ok {
			data.Type = string(typ)
			break
		}
	}
	for _, sa := range e.SameAs {
		if q, ok := strings.CutPrefix(string(sa), schema.WD); ok {
			data.Wikidata = q
		}
	}
	data.Names = nameGroups(e)
	for _, st := range append(e.Statements, objects...) {
		data.Facts = append(data.Facts, s.fact(r, &st))
	}
	sort.SliceStable(data.Facts, func(i, j int) bool {
		a, b := data.Facts[i], data.Facts[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.Statement < b.Statement
	})
	for _, d := range e.MentionedIn {
		if id, ok := schema.DocID(string(d)); ok {
			data.Docs = append(data.Docs, link{Name: path.Base(id), URL: docURL(id, "")})
		}
	}
	sort.Slice(data.Docs, func(i, j int) bool { return data.Docs[i].Name < data.Docs[j].Name })
	s.render(w, http.StatusOK, "entity.html", page{Title: data.Name, Data: data})
}

// preferred picks the English schema:name, else the first name.
func preferred(names []quad.Value) string {
	for _, n := range names {
		if ls, ok := n.(quad.LangString); ok && ls.Lang == "en" {
			return string(ls.Value)
		}
	}
	if len(names) > 0 {
		return schema.Lit(names[0])
	}
	return ""
}

// nameGroups sorts an entity's names into scripts: the forms the documents
// write and the standard names, each once.
func nameGroups(e *graph.EntityRecord) []nameGroup {
	forms := map[string]*nameForm{}
	add := func(v quad.Value, label bool) {
		text := schema.Lit(v)
		if text == "" {
			return
		}
		f := forms[text]
		if f == nil {
			f = &nameForm{Text: text}
			forms[text] = f
		}
		if ls, ok := v.(quad.LangString); ok && f.Lang == "" {
			f.Lang = ls.Lang
		}
		f.Label = f.Label || label
	}
	for _, v := range e.Labels {
		add(v, true)
	}
	for _, v := range e.Names {
		add(v, true)
	}
	for _, v := range e.AltNames {
		add(v, false)
	}
	groups := map[string][]nameForm{}
	for _, f := range forms {
		script := "Latin script"
		if translit.HasCyrillic(f.Text) {
			script = "Cyrillic script"
		}
		groups[script] = append(groups[script], *f)
	}
	var out []nameGroup
	for _, script := range []string{"Cyrillic script", "Latin script"} {
		fs := groups[script]
		if len(fs) == 0 {
			continue
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].Text < fs[j].Text })
		out = append(out, nameGroup{Script: script, Forms: fs})
	}
	return out
}

// fact turns a statement record into its view.
func (s *Server) fact(r *http.Request, st *graph.StatementRecord) factView {
	f := factView{
		Statement: string(st.ID),
		FactURL:   "/dossier/fact?iri=" + url.QueryEscape(string(st.ID)),
		Subject:   s.link(r, st.Subject),
		Stance:    st.Stance,
	}
	if f.Stance == "" {
		f.Stance = string(dossier.Asserted)
	}
	f.Relation = string(st.Predicate)
	if p, ok := schema.PredicateOf(string(st.Predicate)); ok {
		f.Relation = string(p)
	}
	obj := graph.NormalizeValue(st.Object)
	if o, ok := obj.(quad.IRI); ok {
		f.Object = s.link(r, o)
	} else if d, ok := schema.DateOf(obj, st.Precision); ok {
		f.Value = d.String()
	} else {
		f.Value = schema.Lit(obj)
	}
	if st.Date != nil {
		if d, ok := schema.DateOf(graph.NormalizeValue(st.Date), st.Precision); ok {
			f.Date = d.String()
		}
	}
	if st.Place != "" {
		f.Place = s.link(r, st.Place)
	}
	docID, _ := schema.DocID(string(st.Source))
	if docID != "" {
		f.DocName, f.DocURL = path.Base(docID), docURL(docID, "")
	}
	evs := append([]graph.EvidenceRecord(nil), st.Evidence...)
	sort.Slice(evs, func(i, j int) bool { return spanStart(evs[i].Span) < spanStart(evs[j].Span) })
	for _, ev := range evs {
		v := evidenceView{Quote: ev.Quote, Span: ev.Span, Rule: ev.Rule, DocName: f.DocName, URL: docURL(docID, ev.Span)}
		if ev.Confidence != nil {
			v.Confidence = schema.Lit(graph.NormalizeValue(ev.Confidence))
		}
		f.Evidence = append(f.Evidence, v)
	}
	return f
}

func spanStart(s string) int {
	sp, err := dossier.ParseSpan(s)
	if err != nil {
		return -1
	}
	return sp.Start
}

func (s *Server) pageFact(w http.ResponseWriter, r *http.Request) {
	iri := r.URL.Query().Get("iri")
	st, err := s.store.Statement(r.Context(), quad.IRI(iri))
	if errors.Is(err, graph.ErrNotFound) || iri == "" {
		s.fail(w, http.StatusNotFound, "Not found", "No statement "+iri+" in this store.")
		return
	}
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	f := s.fact(r, st)
	s.render(w, http.StatusOK, "fact.html", page{Title: f.Subject.Name + " " + f.Relation, Data: f})
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	v, err := s.store.DocumentText(r.Context(), id)
	if errors.Is(err, graph.ErrNoDocument) {
		s.fail(w, http.StatusNotFound, "Not found", "No document "+id+" in this store.")
		return
	}
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	data := struct {
		ID, Name, Span, SpanProblem string
		TextStored, HasMark         bool
		Before, Mark, After         string
	}{ID: v.ID, Name: v.Name, TextStored: v.TextStored, Before: v.Text}
	if sp := r.URL.Query().Get("span"); sp != "" {
		before, mark, after, err := highlight(v.Text, sp)
		switch {
		case !v.TextStored:
		case err != nil:
			data.SpanProblem = err.Error()
		default:
			data.Before, data.Mark, data.After, data.HasMark, data.Span = before, mark, after, true, sp
		}
	}
	s.render(w, http.StatusOK, "document.html", page{Title: v.Name, Data: data})
}

// highlight cuts text at the byte offsets of span ("START:END"), which must
// lie within the text on character boundaries.
func highlight(text, span string) (before, mark, after string, err error) {
	sp, err := dossier.ParseSpan(span)
	if err != nil {
		return "", "", "", err
	}
	if !sp.Valid(len(text)) || !boundary(text, sp.Start) || !boundary(text, sp.End) {
		return "", "", "", fmt.Errorf("the passage %s is not within this document's text (%d bytes): it may have changed since", span, len(text))
	}
	return text[:sp.Start], text[sp.Start:sp.End], text[sp.End:], nil
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "network.html", page{Title: "Network", Wide: true})
}

func (s *Server) pageQueries(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "queries.html", page{Title: "Named queries", Data: library()})
}
