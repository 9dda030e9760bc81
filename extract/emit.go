package extract

import (
	"sort"
	"strings"

	"github.com/dossier-kg/dossier"
)

// draft is a fact before emission.
type draft struct {
	subj, obj *entity
	objDate   *dossier.Date
	pred      dossier.Predicate
	date      *dossier.Date
	place     *entity
	stance    dossier.Stance
	sent      int
	span      dossier.Span // clean-text span of the evidence
	rule      string
	conf      float64
}

// quote returns the text under a source span with whitespace collapsed.
func quote(s string) string { return strings.Join(strings.Fields(s), " ") }

// emit builds the Extraction: entities with their names as written in the
// original text and their mentions, facts merged by key with all their
// evidence, every span mapped back to the original text.
func (d *docState) emit() *dossier.Extraction {
	x := &dossier.Extraction{Doc: d.doc, Problems: d.problems}
	sort.SliceStable(d.ents, func(i, j int) bool { return d.ents[i].order < d.ents[j].order })
	for _, e := range d.ents {
		en := dossier.Entity{ID: e.id, Type: e.typ, Name: e.name}
		if e.entry >= 0 {
			g := d.x.gaz.Entry(e.entry)
			en.Wikidata = g.Wikidata
			en.Class = ""
		}
		ms := append([]*mention(nil), e.ments...)
		sort.Slice(ms, func(i, j int) bool { return ms[i].span.Start < ms[j].span.Start })
		for _, m := range ms {
			sp := d.tx.SourceSpan(m.span)
			text := quote(d.doc.Text[sp.Start:sp.End])
			en.AddName(dossier.Name{Text: text, Lang: m.lang})
			en.Mentions = append(en.Mentions, dossier.Mention{Span: sp, Text: text, Lang: m.lang})
		}
		x.Entities = append(x.Entities, en)
	}
	byKey := map[string]int{}
	for _, f := range d.facts {
		sp := d.tx.SourceSpan(f.span)
		ev := dossier.Evidence{
			Doc: d.doc.ID, Span: sp, Quote: quote(d.doc.Text[sp.Start:sp.End]),
			Rule: f.rule, Confidence: f.conf, Lang: d.sents[f.sent].Lang,
		}
		fact := dossier.Fact{Subject: f.subj.id, Predicate: f.pred, Date: f.date, Stance: f.stance, ObjectDate: f.objDate}
		if f.obj != nil {
			fact.Object = f.obj.id
		}
		if f.place != nil {
			fact.Place = f.place.id
		}
		if fact.Stance == "" {
			fact.Stance = dossier.Asserted
		}
		k := fact.Key()
		if i, ok := byKey[k]; ok {
			dup := false
			for _, e := range x.Facts[i].Evidence {
				if e.Span == ev.Span {
					dup = true
				}
			}
			if !dup {
				x.Facts[i].Evidence = append(x.Facts[i].Evidence, ev)
			}
			continue
		}
		fact.Evidence = []dossier.Evidence{ev}
		byKey[k] = len(x.Facts)
		x.Facts = append(x.Facts, fact)
	}
	return x
}
