package gizmo

import (
	"fmt"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// Library returns the named queries, in the order the documentation and
// the UI list them.
func Library() []*Query {
	return []*Query{
		{
			Name:  "ego",
			Title: "A person's network, one and two hops",
			Doc: "The facts that link the person to other entities (letters, memberships, offices, places), " +
				"then, with hops=2, the facts of those entities in turn. Asserted facts only. An entity linked by more " +
				"than fanout statements (a city, the NKVD in a collection of cards) is shown but not gone through: " +
				"it would bring in everyone.",
			Params: []Param{
				{Name: "person", Kind: Entity, Doc: "whose network: any form of the name, or an IRI", Required: true, Example: "Абдрахманов"},
				{Name: "hops", Kind: Int, Doc: "how far from the person: 1, 2 or 3", Default: "2", Min: 1, Max: 3, Example: "2"},
				{Name: "fanout", Kind: Int, Doc: "entities with more statements than this are not gone through", Default: "200", Min: 1, Max: 100000, Example: "200"},
			},
			Rows:    "one per statement: source, target, predicate, relation, date, place, hop, statement, document",
			Network: true,
			body: `var rows = [], seen = {}, reached = {}, frontier = [params.person];
reached[params.person] = true;
for (var hop = 1; hop <= params.hops && frontier.length > 0; hop++) {
  var next = [], found = [];
  // one node at a time: Cayley plans g.V(a, b, c).In(…) with its tags
  // badly on large stores (seconds per node where one node takes ms)
  frontier.forEach(function (id) { found = found.concat(facts(about([id])), facts(aboutObject([id]))); });
  found.forEach(function (r) {
    var k = node(r.statement);
    if (seen[k]) return;
    seen[k] = true;
    r.hop = hop;
    rows.push(r);
    [r.source, r.target].forEach(function (n) {
      var id = node(n);
      if (!reached[id]) { reached[id] = true; next.push(id); }
    });
  });
  // a hub is reached but not gone through (ToArray's limit stops the
  // count past fanout; Count would go through them all)
  frontier = hop < params.hops ? next.filter(function (id) {
    var n = about([id]).ToArray(params.fanout + 1).length;
    return n <= params.fanout && n + aboutObject([id]).ToArray(params.fanout + 1).length <= params.fanout;
  }).sort() : [];
}
emit(rows.sort(byHopDate));
`,
		},
		{
			Name:  "correspondence",
			Title: "Who wrote to whom, with dates",
			Doc: "Every letter the sources state (asserted wroteTo facts), one row per letter: the same sender, " +
				"recipient, date and document stated twice is one letter. Optionally only one person's letters, and only between two years.",
			Params: []Param{
				{Name: "person", Kind: Entity, Doc: "only letters this person wrote or received (optional)", Example: "Stalin"},
				{Name: "from", Kind: Year, Doc: "only letters dated in or after this year (optional; undated letters are left out)", Min: 1, Max: 9999, Example: "1920"},
				{Name: "to", Kind: Year, Doc: "only letters dated in or before this year (optional; undated letters are left out)", Min: 1, Max: 9999, Example: "1930"},
			},
			Rows:    "one per letter, by date (undated last): source (sender), target (recipient), date, place, statement, document",
			Network: true,
			body: `var stmts = params.person ? about([params.person]).Has(PREDICATE, WROTE_TO).Union(aboutObject([params.person]).Has(PREDICATE, WROTE_TO)) : g.V(WROTE_TO).In(PREDICATE);
var letters = {}, rows = [];
facts(stmts).filter(function (r) {
  var y = year(r.date);
  if (params.from !== null && (y === null || y < params.from)) return false;
  if (params.to !== null && (y === null || y > params.to)) return false;
  return true;
}).sort(byDate).forEach(function (r) {
  // One letter, stated twice (with and without its place): one row, with the place.
  var k = JSON.stringify([node(r.source), node(r.target), r.date || "", node(r.document)]);
  if (!letters[k]) { letters[k] = r; rows.push(r); } else if (letters[k].place === undefined && r.place !== undefined) { letters[k].place = r.place; }
});
emit(rows);
`,
		},
		{
			Name:  "timeline",
			Title: "A person's dated facts",
			Doc: "Every dated statement about the person, as subject or object, in date order: letters, offices, " +
				"births, arrests, executions, rehabilitations. Hedged, negated and alleged statements are included, marked by their stance.",
			Params: []Param{
				{Name: "person", Kind: Entity, Doc: "whose timeline: any form of the name, or an IRI", Required: true, Example: "Abdrakhmanov"},
			},
			Rows:    "one per statement, by date: date, source (subject), predicate, relation, target (an entity object) or value (a date object), place, stance, statement, document",
			Network: true,
			body: `var rows = statementRows(about([params.person])).concat(statementRows(aboutObject([params.person])));
emit(unique(rows.filter(function (r) { return r.date !== undefined; }).sort(byDate), ["statement"]));
`,
		},
		{
			Name:  "where",
			Title: "Who was where in a year",
			Doc: "People placed somewhere by a statement dated in the year: reported from, born, died, executed or exiled " +
				"there, or a fact stated with that place (a letter written from it). Dates at day, month or year precision count.",
			Params: []Param{
				{Name: "year", Kind: Year, Doc: "the year", Required: true, Min: 1, Max: 9999, Example: "1922"},
				{Name: "place", Kind: Place, Doc: "only this place (optional)", Example: "Bukhara"},
			},
			Rows:    "one per statement: source (the person), target (the place), predicate, relation, object (the fact's object when the place is the fact's place), date, statement, document",
			Network: true,
			body: `var y = params.year, lits = ['"' + pad(y, 4) + '"^^' + XSD + 'gYear>'];
for (var m = 1; m <= 12; m++) {
  lits.push('"' + pad(y, 4) + "-" + pad(m, 2) + '"^^' + XSD + 'gYearMonth>');
  for (var d = 1; d <= daysIn(y, m); d++) lits.push('"' + pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + '"^^' + XSD + 'date>');
}
var rows = [], dated = [];
// one date at a time (see typed)
lits.forEach(function (l) { dated = dated.concat(facts(g.V(l).In(DATE).Has(RDF_TYPE, STATEMENT))); });
dated.forEach(function (r) {
  if (inList(PLACE_FACTS, r.predicate)) rows.push(r);
  if (r.place !== undefined) {
    var c = {};
    for (var k in r) c[k] = r[k];
    c.object = r.target;
    c.target = r.place;
    rows.push(c);
  }
});
var people = typed(rows.map(function (r) { return node(r.source); }), PERSON);
var places = typed(rows.map(function (r) { return node(r.target); }), PLACE_CLASS);
emit(unique(rows.filter(function (r) {
  return people[node(r.source)] && places[node(r.target)] && (params.place === null || node(r.target) === params.place);
}).sort(byDate), ["statement", "target"]));
`,
		},
		{
			Name:  "members",
			Title: "Everyone linked to an organisation",
			Doc: "People with an asserted fact that links them to the organisation, either way: members, heads, " +
				"people appointed to it or rehabilitated by it.",
			Params: []Param{
				{Name: "org", Kind: Organization, Doc: "the organisation: any form of its name, or an IRI", Required: true, Example: "Central Committee"},
			},
			Rows:    "one per statement: source (the person), target (the organisation), predicate, relation, date, statement, document",
			Network: true,
			body: `var rows = facts(aboutObject([params.org])).concat(facts(about([params.org])).map(function (r) {
  var c = {};
  for (var k in r) c[k] = r[k];
  c.source = r.target;
  c.target = r.source;
  c.reversed = true;
  return c;
}));
var people = typed(rows.map(function (r) { return node(r.source); }), PERSON);
emit(unique(rows.filter(function (r) { return people[node(r.source)]; }).sort(bySource), ["statement"]));
`,
		},
		{
			Name:  "path",
			Title: "Shortest path between two people",
			Doc: "The fewest asserted facts that lead from one entity to the other, each fact followed either way " +
				"(A wrote to C, B wrote to C: A–C–B). One path; among paths of equal length the first in IRI order.",
			Params: []Param{
				{Name: "from", Kind: Entity, Doc: "where the path starts: any form of a name, or an IRI", Required: true, Example: "Abdrakhmanov"},
				{Name: "to", Kind: Entity, Doc: "where it ends", Required: true, Example: "Peters"},
				{Name: "max", Kind: Int, Doc: "the longest path looked for, in facts", Default: "4", Min: 1, Max: 6, Example: "4"},
			},
			Rows:    "one per step, in order: step, source, target (as the fact states them), predicate, relation",
			Network: true,
			body: `var parent = {}, found = params.from === params.to, frontier = [params.from];
parent[params.from] = null;
for (var step = 1; step <= params.max && !found && frontier.length > 0; step++) {
  var edges = g.V.apply(g, frontier).Tag("source").Out(FACTS, "predicate").Tag("target").TagArray().map(function (r) { return {at: node(r.source), to: node(r.target), row: r}; })
    .concat(g.V.apply(g, frontier).Tag("target").In(FACTS, "predicate").Tag("source").TagArray().map(function (r) { return {at: node(r.target), to: node(r.source), row: r}; }));
  edges.sort(function (a, b) { return cmp(a.at, b.at) || cmp(a.to, b.to) || cmp(node(a.row.predicate), node(b.row.predicate)); });
  var next = [];
  edges.forEach(function (e) {
    if (parent.hasOwnProperty(e.to)) return;
    parent[e.to] = e;
    next.push(e.to);
    if (e.to === params.to) found = true;
  });
  frontier = next;
}
var path = [];
if (found) for (var at = params.to; parent[at] !== null; at = parent[at].at) path.unshift(parent[at].row);
emit(path.map(function (r, i) { return {step: i + 1, source: r.source, target: r.target, predicate: r.predicate, relation: local(r.predicate)}; }));
`,
		},
		{
			Name:  "comentions",
			Title: "People mentioned together in a document",
			Doc:   "The people the documents that mention the person also mention, with the number of such documents.",
			Params: []Param{
				{Name: "person", Kind: Entity, Doc: "whose co-mentions: any form of the name, or an IRI", Required: true, Example: "Жусуп"},
			},
			Rows:    "one per other person, most documents first: source (the person), target (the other), documents (how many), document (their IRIs)",
			Network: true,
			// The types are checked once per entity: Has on the paths would
			// repeat each one once per document that states the type.
			body: `var byPerson = {}, order = [];
var rows = g.V(params.person).Tag("source").In(MENTIONS).Tag("document").Out(MENTIONS).Tag("target").TagArray();
var seen = {}, targets = [];
rows.forEach(function (r) { var k = node(r.target); if (!seen[k]) { seen[k] = true; targets.push(k); } });
var people = typed(targets, PERSON);
rows.forEach(function (r) {
  var k = node(r.target);
  if (k === params.person || !people[k]) return;
  if (!byPerson[k]) { byPerson[k] = {source: r.source, target: r.target, documents: 0, document: []}; order.push(k); }
  var e = byPerson[k], d = node(r.document);
  if (e.document.map(node).indexOf(d) < 0) { e.document.push(r.document); e.documents++; }
});
emit(order.map(function (k) { return byPerson[k]; }).sort(function (a, b) { return b.documents - a.documents || cmp(node(a.target), node(b.target)); }));
`,
		},
	}
}

// prelude is the JavaScript every named query starts with: the IRIs it
// needs, and helpers that read results the same way whether Cayley gives
// nodes as "<iri>" strings (JSON) or {"@id": iri} objects (JSON-LD, which
// Cayley's UI asks for).
func prelude() string {
	var facts, placeFacts []string
	for _, p := range dossier.Predicates {
		if p.DateValued() {
			continue
		}
		facts = append(facts, fmt.Sprintf("%q", iri(schema.PredicateIRI(p))))
		switch p {
		case dossier.ReportedFrom, dossier.BornIn, dossier.DiedIn, dossier.ExecutedIn, dossier.ExiledTo:
			placeFacts = append(placeFacts, fmt.Sprintf("%q", iri(schema.PredicateIRI(p))))
		}
	}
	consts := [][2]string{
		{"RDF_TYPE", schema.RDFType}, {"SUBJECT", schema.RDFSubject}, {"PREDICATE", schema.RDFPredicate},
		{"OBJECT", schema.RDFObject}, {"STANCE", schema.PStance}, {"DATE", schema.PDate}, {"PLACE", schema.PPlace},
		{"DERIVED", schema.DerivedFrom}, {"MENTIONS", schema.PMentions}, {"STATEMENT", schema.ClassStatement},
		{"PERSON", schema.ClassPerson}, {"PLACE_CLASS", schema.ClassPlace},
		{"WROTE_TO", schema.PredicateIRI(dossier.WroteTo)},
	}
	var b strings.Builder
	b.WriteString("// --- Dossier's helpers ---\n")
	for _, c := range consts {
		fmt.Fprintf(&b, "var %s = %q;\n", c[0], iri(c[1]))
	}
	fmt.Fprintf(&b, "var XSD = %q;\n", "<"+schema.XSD)
	fmt.Fprintf(&b, "var FACTS = [%s];\n", strings.Join(facts, ", "))
	fmt.Fprintf(&b, "var PLACE_FACTS = [%s];\n", strings.Join(placeFacts, ", "))
	b.WriteString(helpers)
	b.WriteString("// --- the query ---\n")
	return b.String()
}

func iri(s string) string { return "<" + s + ">" }

// helpers are the prelude's functions (ES5: Cayley's JavaScript engine).
const helpers = `// node: a node as a result gives it, as g.V takes it ("<iri>").
function node(v) { return (v && typeof v === "object" && v["@id"] !== undefined) ? "<" + v["@id"] + ">" : v; }
// isNode: whether v is an IRI (not a literal).
function isNode(v) { var n = node(v); return typeof n === "string" && n.charAt(0) === "<"; }
// lex: the lexical form of a literal ("1925-05-05" for "\"1925-05-05\"^^<…#date>").
function lex(v) {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return v["@value"] !== undefined ? String(v["@value"]) : String(v["@id"]);
  var s = String(v);
  if (s.charAt(0) === '"') { var end = s.lastIndexOf('"'); if (end > 0) return s.slice(1, end).replace(/\\(.)/g, "$1"); }
  return s;
}
// local: the local name of a Dossier predicate ("wroteTo").
function local(p) { var s = node(p); return s.slice(s.lastIndexOf("#") + 1, s.length - 1); }
function year(d) { var m = /^(\d{4})/.exec(d || ""); return m ? parseInt(m[1], 10) : null; }
function pad(n, w) { var s = String(n); while (s.length < w) s = "0" + s; return s; }
function daysIn(y, m) { return [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; }
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function inList(list, v) { return list.indexOf(node(v)) >= 0; }
// about, aboutObject: the statements whose subject (object) is one of nodes.
function about(nodes) { return nodes.length ? g.V.apply(g, nodes).In(SUBJECT) : g.V("<urn:dossier:none>"); }
function aboutObject(nodes) { return nodes.length ? g.V.apply(g, nodes).In(OBJECT) : g.V("<urn:dossier:none>"); }
// statementRows: one row per statement at the end of path. (SaveOpt, not
// Save, for every tag: on Cayley's KV stores Save plans a scan of all quads
// with the predicate, SaveOpt looks the node's quads up; rows without a
// subject, predicate or object are not statements and are dropped.)
function statementRows(path) {
  return path.Tag("statement").SaveOpt(SUBJECT, "source").SaveOpt(PREDICATE, "predicate").SaveOpt(OBJECT, "object")
    .SaveOpt(STANCE, "stance").SaveOpt(DERIVED, "document").SaveOpt(DATE, "date").SaveOpt(PLACE, "place").TagArray()
    .filter(function (r) { return r.source !== undefined && r.predicate !== undefined && r.object !== undefined; })
    .map(function (r) {
      var row = {source: r.source, predicate: r.predicate, relation: local(r.predicate), stance: lex(r.stance), statement: r.statement, document: r.document};
      if (isNode(r.object)) row.target = r.object; else row.value = lex(r.object);
      if (r.date !== undefined) row.date = lex(r.date);
      if (r.place !== undefined) row.place = r.place;
      return row;
    });
}
// facts: the asserted statements at the end of path whose object is an entity.
function facts(path) {
  return statementRows(path).filter(function (r) { return r.stance === "asserted" && r.target !== undefined && inList(FACTS, r.predicate); });
}
// typed: the set of nodes among nodes that have class cls. One node at a
// time: Cayley plans g.V(many nodes).Has(…) badly on a large store.
function typed(nodes, cls) {
  var out = {}, asked = {};
  nodes.forEach(function (v) {
    var n = node(v);
    if (asked[n]) return;
    asked[n] = true;
    if (g.V(n).Has(RDF_TYPE, cls).ToArray(1).length) out[n] = true;
  });
  return out;
}
// unique: rows with distinct values of fields, first kept.
function unique(rows, fields) {
  var seen = {};
  return rows.filter(function (r) {
    var k = JSON.stringify(fields.map(function (f) { return isNode(r[f]) ? node(r[f]) : r[f]; }));
    if (seen[k]) return false;
    seen[k] = true;
    return true;
  });
}
// The orders rows are emitted in: dated first by date, undated last, then
// by the IRIs involved, so that the output does not depend on the store.
function byIRIs(a, b) { return cmp(node(a.source), node(b.source)) || cmp(node(a.predicate), node(b.predicate)) || cmp(node(a.target), node(b.target)) || cmp(node(a.statement), node(b.statement)); }
function byDate(a, b) { var x = a.date || "\uffff", y = b.date || "\uffff"; return cmp(x, y) || byIRIs(a, b); }
function byHopDate(a, b) { return a.hop - b.hop || byDate(a, b); }
function bySource(a, b) { return cmp(node(a.source), node(b.source)) || byDate(a, b); }
function emit(rows) { rows.forEach(function (r) { g.Emit(r); }); }
`
