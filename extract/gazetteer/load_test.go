package gazetteer

import (
	"reflect"
	"strings"
	"testing"
)

// TestIndexWithoutRepeats: Load, which leaves out the forms an entry has
// queued already, makes the index that queueing every form made: the same
// word numbers, nodes, children and hits, and the same entries named in
// lower case.
func TestIndexWithoutRepeats(t *testing.T) {
	g := loadWithStems(t)
	all := &Gazetteer{build: newBuilder(), stem: g.stem, keys: g.keys}
	var batch nameBatch
	for _, e := range g.Entries {
		idx := len(all.Entries)
		all.Entries = append(all.Entries, e)
		for _, n := range e.Names() {
			for _, form := range all.withBaseForms(nameForms(e.Type, n.Text)) {
				batch.queue(form, idx, n.Lang, form != n.Text)
				if strings.Contains(form, "-") && !strings.Contains(form, " -") {
					batch.queue(strings.ReplaceAll(form, "-", " "), idx, n.Lang, form != n.Text)
				}
			}
		}
		if batch.full() {
			all.indexBatch(&batch)
		}
	}
	all.indexBatch(&batch)
	all.freeze()
	if !reflect.DeepEqual(g.trie, all.trie) {
		t.Error("the index differs from the one made of every form")
	}
	if !reflect.DeepEqual(g.lowerNamed, all.lowerNamed) {
		t.Errorf("entries named in lower case: %v, want %v", g.lowerNamed, all.lowerNamed)
	}
}
