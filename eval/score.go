package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dossier-kg/dossier/facts"
)

// Counts are matched predictions, predictions, matched gold, gold.
type Counts struct {
	TP, Pred, Matched, Gold int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Matched += o.Matched
	c.Gold += o.Gold
}

// P is precision, R recall, F1 their harmonic mean.
func (c Counts) P() float64 { return ratio(c.TP, c.Pred) }

// R is recall.
func (c Counts) R() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// DocScore is the score of one document.
type DocScore struct {
	Doc       string
	Lang      string
	Entities  Counts
	Relations Counts
	// Misses and FalsePositives describe what did not match, for reading.
	EntityMisses, EntityFPs     []string
	RelationMisses, RelationFPs []string
	byPred, byType              map[string]Counts
}

// Report is a whole evaluation.
type Report struct {
	Docs      []DocScore
	Entities  Counts
	Relations Counts
	ByLang    map[string][2]Counts // [entities, relations]
	// ByPredicate and ByType break the counts down by relation predicate
	// and by entity type.
	ByPredicate map[string]Counts
	ByType      map[string]Counts
}

type predEntity struct {
	line  facts.Line
	names []string // normalised
}

type goldEntity struct {
	g     Gold
	names []string // normalised canonical + aliases
}

// Score compares predicted facts lines with gold lines. Documents are the
// documents of the gold; predictions for other documents are ignored. lang
// gives each document's language for the per-language table (optional).
func Score(pred []facts.Line, gold []Gold, lang func(doc string) string) *Report {
	docs := map[string]bool{}
	for _, g := range gold {
		docs[g.Doc] = true
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	sort.Strings(names)
	rep := &Report{ByLang: map[string][2]Counts{}, ByPredicate: map[string]Counts{}, ByType: map[string]Counts{}}
	for _, d := range names {
		var pl []facts.Line
		for _, l := range pred {
			if l.Kind == "entity" {
				for _, x := range l.Docs {
					if x == d {
						pl = append(pl, l)
						break
					}
				}
			} else if l.Source == d {
				pl = append(pl, l)
			}
		}
		var gl []Gold
		for _, g := range gold {
			if g.Doc == d {
				gl = append(gl, g)
			}
		}
		ds := scoreDoc(d, pl, gl)
		if lang != nil {
			ds.Lang = lang(d)
		}
		rep.Docs = append(rep.Docs, ds)
		rep.Entities.Add(ds.Entities)
		rep.Relations.Add(ds.Relations)
		for k, c := range ds.byPred {
			x := rep.ByPredicate[k]
			x.Add(c)
			rep.ByPredicate[k] = x
		}
		for k, c := range ds.byType {
			x := rep.ByType[k]
			x.Add(c)
			rep.ByType[k] = x
		}
		bl := rep.ByLang[ds.Lang]
		bl[0].Add(ds.Entities)
		bl[1].Add(ds.Relations)
		rep.ByLang[ds.Lang] = bl
	}
	return rep
}

func normAll(ss ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		n := NormName(s)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

func scoreDoc(doc string, pl []facts.Line, gl []Gold) DocScore {
	ds := DocScore{Doc: doc, byPred: map[string]Counts{}, byType: map[string]Counts{}}
	bump := func(m map[string]Counts, k string, f func(*Counts)) {
		c := m[k]
		f(&c)
		m[k] = c
	}
	var pe []predEntity
	predByID := map[string]*predEntity{}
	for _, l := range pl {
		if l.Kind != "entity" {
			continue
		}
		pe = append(pe, predEntity{line: l, names: normAll(append([]string{l.Name}, l.Names...)...)})
	}
	for i := range pe {
		predByID[pe[i].line.ID] = &pe[i]
	}
	var ge []goldEntity
	goldByName := map[string]*goldEntity{}
	for _, g := range gl {
		if g.Kind == "entity" {
			ge = append(ge, goldEntity{g: g, names: normAll(append([]string{g.Subject}, g.Aliases...)...)})
		}
	}
	for i := range ge {
		goldByName[ge[i].g.Subject] = &ge[i]
	}

	// entities: greedy one-to-one, best name overlap first
	type pair struct{ p, g, w int }
	var pairs []pair
	for i, p := range pe {
		for j, g := range ge {
			if p.line.Type != g.g.Type {
				continue
			}
			if w := overlap(p.names, g.names); w > 0 {
				pairs = append(pairs, pair{i, j, w})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].w > pairs[b].w })
	pUsed, gUsed := make([]bool, len(pe)), make([]bool, len(ge))
	for _, x := range pairs {
		if pUsed[x.p] || gUsed[x.g] {
			continue
		}
		pUsed[x.p], gUsed[x.g] = true, true
		ds.Entities.TP++
		ds.Entities.Matched++
		bump(ds.byType, ge[x.g].g.Type, func(c *Counts) { c.TP++; c.Matched++ })
	}
	ds.Entities.Pred, ds.Entities.Gold = len(pe), len(ge)
	for _, p := range pe {
		bump(ds.byType, p.line.Type, func(c *Counts) { c.Pred++ })
	}
	for _, g := range ge {
		bump(ds.byType, g.g.Type, func(c *Counts) { c.Gold++ })
	}
	for i, u := range pUsed {
		if !u {
			ds.EntityFPs = append(ds.EntityFPs, fmt.Sprintf("%s %q %v", pe[i].line.Type, pe[i].line.Name, pe[i].line.Names))
		}
	}
	for j, u := range gUsed {
		if !u {
			ds.EntityMisses = append(ds.EntityMisses, fmt.Sprintf("%s %q", ge[j].g.Type, ge[j].g.Subject))
		}
	}

	// relations
	type prel struct {
		l          facts.Line
		subj, obj  []string
		date       string
		dateObject bool
	}
	var pr []prel
	seen := map[string]bool{}
	for _, l := range pl {
		if l.Kind != "relation" || (l.Stance != "" && l.Stance != "asserted") {
			continue
		}
		k := l.SubjectID + "|" + NormPredicate(l.Predicate) + "|" + l.ObjectID + "|" + l.Object + "|" + l.Date
		if seen[k] {
			continue
		}
		seen[k] = true
		r := prel{l: l, date: l.Date}
		r.subj = normAll(l.Subject)
		if e := predByID[l.SubjectID]; e != nil {
			r.subj = append(r.subj, e.names...)
		}
		if l.ObjectID == "" {
			r.dateObject = true
		} else {
			r.obj = normAll(l.Object)
			if e := predByID[l.ObjectID]; e != nil {
				r.obj = append(r.obj, e.names...)
			}
		}
		pr = append(pr, r)
	}
	var gr []Gold
	for _, g := range gl {
		if g.Kind == "relation" {
			gr = append(gr, g)
		}
	}
	goldNames := func(name string) []string {
		if e := goldByName[name]; e != nil {
			return e.names
		}
		return normAll(name)
	}
	var rpairs []pair
	for i, p := range pr {
		for j, g := range gr {
			if NormPredicate(p.l.Predicate) != NormPredicate(g.Type) {
				continue
			}
			if g.Date != "" && !strings.HasPrefix(p.date, g.Date) {
				continue
			}
			s1 := overlap(p.subj, goldNames(g.Subject))
			var o1 int
			if p.dateObject {
				if isDate(g.Object) && strings.HasPrefix(p.l.Object, g.Object) {
					o1 = 1
				}
			} else {
				o1 = overlap(p.obj, goldNames(g.Object))
			}
			w := 0
			if s1 > 0 && o1 > 0 {
				w = s1 + o1
			} else if NormPredicate(g.Type) == "alliedwith" && !p.dateObject {
				s2 := overlap(p.obj, goldNames(g.Subject))
				o2 := overlap(p.subj, goldNames(g.Object))
				if s2 > 0 && o2 > 0 {
					w = s2 + o2
				}
			}
			if w > 0 {
				rpairs = append(rpairs, pair{i, j, w})
			}
		}
	}
	sort.SliceStable(rpairs, func(a, b int) bool { return rpairs[a].w > rpairs[b].w })
	rpUsed, rgUsed := make([]bool, len(pr)), make([]bool, len(gr))
	for _, x := range rpairs {
		if rpUsed[x.p] || rgUsed[x.g] {
			continue
		}
		rpUsed[x.p], rgUsed[x.g] = true, true
		ds.Relations.TP++
		ds.Relations.Matched++
		bump(ds.byPred, NormPredicate(gr[x.g].Type), func(c *Counts) { c.TP++; c.Matched++ })
	}
	ds.Relations.Pred, ds.Relations.Gold = len(pr), len(gr)
	for _, p := range pr {
		bump(ds.byPred, NormPredicate(p.l.Predicate), func(c *Counts) { c.Pred++ })
	}
	for _, g := range gr {
		bump(ds.byPred, NormPredicate(g.Type), func(c *Counts) { c.Gold++ })
	}
	for i, u := range rpUsed {
		if !u {
			p := pr[i].l
			ds.RelationFPs = append(ds.RelationFPs, fmt.Sprintf("%s %s %s %s [%s] %q", p.Subject, p.Predicate, p.Object, p.Date, p.Rule, trim(p.Evidence, 90)))
		}
	}
	for j, u := range rgUsed {
		if !u {
			g := gr[j]
			ds.RelationMisses = append(ds.RelationMisses, fmt.Sprintf("%s %s %s %s %q", g.Subject, g.Type, g.Object, g.Date, trim(g.Evidence, 90)))
		}
	}
	return ds
}

func isDate(s string) bool {
	return len(s) >= 4 && s[0] >= '0' && s[0] <= '9'
}

func trim(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Write prints the report: a table per document, per language and overall,
// then (if details) the misses and false positives of every document.
func (r *Report) Write(w io.Writer, details bool) {
	fmt.Fprintf(w, "%-52s %-4s  %-22s  %-22s\n", "document", "lang", "entities P/R/F1 (tp/pred/gold)", "relations P/R/F1 (tp/pred/gold)")
	for _, d := range r.Docs {
		fmt.Fprintf(w, "%-52s %-4s  %s  %s\n", trim(d.Doc, 52), d.Lang, fmtCounts(d.Entities), fmtCounts(d.Relations))
	}
	langs := make([]string, 0, len(r.ByLang))
	for l := range r.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		c := r.ByLang[l]
		fmt.Fprintf(w, "%-52s %-4s  %s  %s\n", "language "+l, l, fmtCounts(c[0]), fmtCounts(c[1]))
	}
	fmt.Fprintf(w, "%-52s %-4s  %s  %s\n", "OVERALL", "", fmtCounts(r.Entities), fmtCounts(r.Relations))
	fmt.Fprintln(w)
	for _, k := range sortedKeys(r.ByType) {
		fmt.Fprintf(w, "%-52s %-4s  %s\n", "entity type "+k, "", fmtCounts(r.ByType[k]))
	}
	for _, k := range sortedKeys(r.ByPredicate) {
		fmt.Fprintf(w, "%-52s %-4s  %-30s  %s\n", "predicate "+k, "", "", fmtCounts(r.ByPredicate[k]))
	}
	if !details {
		return
	}
	for _, d := range r.Docs {
		fmt.Fprintf(w, "\n== %s\n", d.Doc)
		for _, s := range d.EntityMisses {
			fmt.Fprintf(w, "  entity miss: %s\n", s)
		}
		for _, s := range d.EntityFPs {
			fmt.Fprintf(w, "  entity FP:   %s\n", s)
		}
		for _, s := range d.RelationMisses {
			fmt.Fprintf(w, "  relation miss: %s\n", s)
		}
		for _, s := range d.RelationFPs {
			fmt.Fprintf(w, "  relation FP:   %s\n", s)
		}
	}
}

func fmtCounts(c Counts) string {
	return fmt.Sprintf("%.2f/%.2f/%.2f (%d/%d/%d)", c.P(), c.R(), c.F1(), c.TP, c.Pred, c.Gold)
}

func sortedKeys(m map[string]Counts) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
