package gen

import (
	"strings"
	"unicode/utf8"
)

// writer builds one document's text and its gold. Text is written in
// units — a line of a card, a sentence of a book record — and every fact
// stated in a unit gets that unit as its evidence.
type writer struct {
	text strings.Builder
	gold *docGold
	unit strings.Builder
	ents []pendingEntity
	rels []pendingRelation
	para []string // sentences of the paragraph being written
}

type pendingEntity struct {
	typ, canon string
	aliases    []string
}

type pendingRelation struct{ pred, subj, obj, date string }

func newWriter(doc string) *writer { return &writer{gold: newDocGold(doc)} }

// s writes plain text into the current unit.
func (w *writer) s(parts ...string) {
	for _, p := range parts {
		w.unit.WriteString(p)
	}
}

// entity writes shown and records it as a form of the entity.
func (w *writer) entity(typ, canon, shown string, aliases ...string) {
	w.unit.WriteString(shown)
	w.ents = append(w.ents, pendingEntity{typ, canon, append([]string{shown}, aliases...)})
}

// place writes a place phrase and records the place with its name forms.
func (w *writer) place(p *place, phrase string) {
	w.entity("Place", p.canon, phrase, nameForms(phrase)[1:]...)
}

// body writes a body's phrase and records it, and the place its name
// contains, under the form that place takes inside the phrase.
func (w *writer) body(b *body, phrase, inner string) {
	w.entity(b.typ, b.canon, phrase)
	if b.inner != nil && inner != "" {
		w.ents = append(w.ents, pendingEntity{"Place", b.inner.canon, []string{inner}})
	}
}

func (w *writer) rel(pred, subj, obj, date string) {
	w.rels = append(w.rels, pendingRelation{pred, subj, obj, date})
}

// flush hands the facts of the unit just ended to the gold.
func (w *writer) flush(evidence string) {
	for _, e := range w.ents {
		w.gold.entity(e.typ, e.canon, evidence, e.aliases...)
	}
	for _, r := range w.rels {
		w.gold.relation(r.pred, r.subj, r.obj, r.date, evidence)
	}
	w.ents, w.rels = w.ents[:0], w.rels[:0]
	w.unit.Reset()
}

// endLine ends a line of a card.
func (w *writer) endLine() {
	u := w.unit.String()
	w.text.WriteString(u)
	w.text.WriteByte('\n')
	w.flush(u)
}

// line writes a whole line of plain text.
func (w *writer) line(parts ...string) {
	w.s(parts...)
	w.endLine()
}

// stop ends a sentence with a full stop, unless its last word, an
// abbreviation ("г."), already ends with one.
func (w *writer) stop() {
	if !strings.HasSuffix(w.unit.String(), ".") {
		w.unit.WriteByte('.')
	}
}

// endSentence ends a sentence of a book record.
func (w *writer) endSentence() {
	u := w.unit.String()
	w.para = append(w.para, u)
	w.flush(u)
}

// endParagraph writes the sentences of a record as a paragraph wrapped at
// width columns (at spaces; no word is broken), then a blank line.
func (w *writer) endParagraph(width int) {
	col := 0
	for _, word := range strings.Fields(strings.Join(w.para, " ")) {
		n := utf8.RuneCountInString(word)
		switch {
		case col == 0:
		case col+1+n > width:
			w.text.WriteByte('\n')
			col = 0
		default:
			w.text.WriteByte(' ')
			col++
		}
		w.text.WriteString(word)
		col += n
	}
	w.text.WriteString("\n\n")
	w.para = w.para[:0]
}

// chain returns a birth place with the places it lies in, innermost first:
// a village, its district, its region (or the republic, for the Tatar
// ASSR, whose districts had no oblast above them). A city stands alone.
func chain(p *place) []*place {
	if p == nil {
		return nil
	}
	out := []*place{p}
	if p.kind == kindCity {
		return out
	}
	for q := p.parent; q != nil; q = q.parent {
		out = append(out, q)
		if q.kind == kindRegion || q.kind == kindRepublic {
			break
		}
	}
	return out
}

// located records that each place of a chain lies in the next.
func (w *writer) located(c []*place) {
	for i := 0; i+1 < len(c); i++ {
		w.rel("locatedIn", c[i].canon, c[i+1].canon, "")
	}
}

// places writes a chain's phrases joined by sep (form picks the phrase),
// and records the places and where each lies.
func (w *writer) places(c []*place, sep string, form func(*place) string) {
	for i, p := range c {
		if i > 0 {
			w.s(sep)
		}
		w.place(p, form(p))
	}
	w.located(c)
}
