package gen

import "strings"

// Line is one line of the gold file, in the format of
// ../shared/eval/README.md (which eval.ReadGold reads).
type Line struct {
	Doc      string   `json:"doc"`
	Kind     string   `json:"kind"`
	Type     string   `json:"type"`
	Subject  string   `json:"subject"`
	Aliases  []string `json:"aliases,omitempty"`
	Object   string   `json:"object,omitempty"`
	Date     string   `json:"date,omitempty"`
	Evidence string   `json:"evidence"`
}

// docGold collects the gold of one document: entities merged by type and
// name (one line per entity, with every form the document writes), and
// relations without repeats. Evidence is the line or sentence that states
// the fact, as the document writes it.
type docGold struct {
	doc  string
	ents map[string]*Line
	eord []string
	rels map[string]bool
	rord []Line
}

func newDocGold(doc string) *docGold {
	return &docGold{doc: doc, ents: map[string]*Line{}, rels: map[string]bool{}}
}

func (g *docGold) entity(typ, canon, evidence string, aliases ...string) {
	k := typ + "\x00" + canon
	e, ok := g.ents[k]
	if !ok {
		e = &Line{Doc: g.doc, Kind: "entity", Type: typ, Subject: canon, Evidence: evidence}
		g.ents[k] = e
		g.eord = append(g.eord, k)
	}
	for _, a := range aliases {
		if a != "" && !contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
}

func (g *docGold) relation(pred, subj, obj, dt, evidence string) {
	k := strings.Join([]string{pred, subj, obj, dt}, "\x00")
	if g.rels[k] {
		return
	}
	g.rels[k] = true
	g.rord = append(g.rord, Line{Doc: g.doc, Kind: "relation", Type: pred, Subject: subj, Object: obj, Date: dt, Evidence: evidence})
}

// lines returns the entity lines, then the relation lines, in the order
// they were first stated.
func (g *docGold) lines() []Line {
	out := make([]Line, 0, len(g.eord)+len(g.rord))
	for _, k := range g.eord {
		out = append(out, *g.ents[k])
	}
	return append(out, g.rord...)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// kindWords are the words that name a place's kind inside its phrases;
// a place's phrase without them is a form of its name too.
var kindWords = []string{
	" облусунун", " облусундагы", " облусуна", " облусу", " районунун", " районундагы", " районуна", " району",
	" айылынын", " айылында", " айылына", " айылы", " кыштагынын", " кыштагында", " кыштагына", " кыштагы",
	" шаарынын", " шаарында", " шаарына", " шаары",
	" обл.", " р-на", " р-не", " р-н", " oblast", " district", " village", " aul", " kishlak",
}

var kindPrefixes = []string{"с. ", "аул ", "кишлак ", "д. ", "г. ", "урочище ", "урочища ", "в "}

// nameForms returns a place phrase as written and without its kind word
// ("Ысык-Көл облусунун" → also "Ысык-Көл").
func nameForms(phrase string) []string {
	bare := phrase
	for _, p := range kindPrefixes {
		bare = strings.TrimPrefix(bare, p)
	}
	for _, w := range kindWords {
		if strings.HasSuffix(bare, w) {
			bare = strings.TrimSuffix(bare, w)
			break
		}
	}
	if bare == phrase || bare == "" {
		return []string{phrase}
	}
	return []string{phrase, bare}
}
