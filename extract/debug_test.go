package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestDebugDump prints a document's mentions and facts (set DOSSIER_DUMP=file).
func TestDebugDump(t *testing.T) {
	path := os.Getenv("DOSSIER_DUMP")
	if path == "" {
		t.Skip("set DOSSIER_DUMP to a document to print its mentions")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := dossier.NewDocument("dump/"+path, path, b)
	d := &docState{x: x, doc: doc}
	ctx := context.Background()
	_ = ctx
	d.tx = normalizeText(doc.Text)
	d.sents = splitSentences(d.tx)
	d.findDates()
	d.findMentions()
	d.resolve()
	d.relate()
	for si, s := range d.sents {
		fmt.Printf("[%d %s] %s\n", si, s.Lang, d.tx.Clean[s.Span.Start:s.Span.End])
		for _, dm := range d.dates[si] {
			fmt.Printf("    DATE %q %s (%s)\n", d.tx.Clean[dm.span.Start:dm.span.End], dm.date.String(), dm.rule)
		}
		for _, m := range d.ments[si] {
			name := "-"
			if m.ent != nil {
				name = m.ent.name
			}
			fmt.Printf("    %-12s %-28q -> %-30s %s case=%s nested=%v\n", m.typ, m.text, name, m.rule, m.lastCase, m.nested)
		}
	}
	for _, f := range d.facts {
		o := ""
		if f.obj != nil {
			o = f.obj.name
		} else if f.objDate != nil {
			o = f.objDate.String()
		}
		dt := ""
		if f.date != nil {
			dt = f.date.String()
		}
		fmt.Printf("FACT %s %s %s %s [%s] %s\n", f.subj.name, f.pred, o, dt, f.rule, f.stance)
	}
}
