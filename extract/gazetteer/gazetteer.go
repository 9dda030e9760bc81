package gazetteer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/memo"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
)

// Entry is one gazetteer entry.
type Entry struct {
	ID        string             `yaml:"id"`
	Type      dossier.EntityType `yaml:"type"`
	Name      string             `yaml:"name"`
	Wikidata  string             `yaml:"wikidata"`
	Class     string             `yaml:"class"`
	En        []string           `yaml:"en"`
	Ru        []string           `yaml:"ru"`
	Ky        []string           `yaml:"ky"`
	Ambiguous []string           `yaml:"ambiguous"`
	Note      string             `yaml:"note"`
}

// Names lists every (name, language) of the entry, preferred name first.
// A name is listed once per language (the preferred name aside: it is
// listed again when a language lists it).
func (e *Entry) Names() []dossier.Name {
	out := make([]dossier.Name, 1, 1+len(e.En)+len(e.Ru)+len(e.Ky))
	out[0] = dossier.Name{Text: e.Name, Lang: "en"}
	add := func(lang string, ns []string) {
		for _, n := range ns {
			n = trimSpace(n)
			if n != "" && !slices.Contains(out[1:], dossier.Name{Text: n, Lang: lang}) {
				out = append(out, dossier.Name{Text: n, Lang: lang})
			}
		}
	}
	add("en", e.En)
	add("ru", e.Ru)
	add("ky", e.Ky)
	return out
}

// IsAmbiguous reports whether name alone may mean something else.
func (e *Entry) IsAmbiguous(name string) bool {
	for _, a := range e.Ambiguous {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// Gazetteer is a loaded set of entries with its name index. Safe for
// concurrent use once loaded.
type Gazetteer struct {
	// scratch holds Find's *findScratch between calls
	scratch sync.Pool
	Entries []Entry
	byKey   map[string]int // type/id -> index
	build   *builder       // the index as add builds it, until frozen
	trie    *trie          // the index as Find searches it, frozen from root
	version string
	stem    Stemmer
	// composed maps an acronym and a place to the body whose name is
	// the acronym followed by the place ("СНК" + Kyrgyz ASSR → the
	// Sovnarkom of the Kyrgyz ASSR): see Composed.
	composed map[string]int
	// placesOf lists the places in a composed body's names, by entry
	placesOf map[int][]int
	// ruWords[i] are the lower-cased words of entry i's Russian names;
	// ruByPrefix lists entries by the first four letters of those words
	ruWords    [][][]string
	ruByPrefix map[string][]int
	// keys remembers wordKeys
	keys *memo.Strings[[]string]
	// lowerNamed holds the entries with a name written in lower case
	// ("голод в Казахстане", "national delimitation")
	lowerNamed map[int]bool
}

// Stemmer returns candidate base forms of a word, the word itself first.
type Stemmer func(word string) []string

// Load reads every *.yaml file in fsys (sorted by name) and indexes the
// names. Errors name the file and the entry. stem may be nil (no morphology).
func Load(fsys fs.FS, stem Stemmer) (*Gazetteer, error) {
	files, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	sub, _ := fs.Glob(fsys, "*/*.yaml")
	files = append(files, sub...)
	sort.Strings(files)
	g := &Gazetteer{byKey: map[string]int{}, build: newBuilder(), stem: stem, ruByPrefix: map[string][]int{}, keys: memo.New[[]string](0)}
	h := sha256.New()
	var batch nameBatch
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", f, err)
		}
		h.Write([]byte(f))
		h.Write(b)
		es, ok := parseEntries(b)
		if !ok {
			if err := yaml.Unmarshal(b, &es); err != nil {
				return nil, fmt.Errorf("gazetteer %s: %w", f, err)
			}
		}
		for i, e := range es {
			if err := g.add(e, &batch); err != nil {
				return nil, fmt.Errorf("gazetteer %s: entry %d (%s): %w", path.Base(f), i+1, e.ID, err)
			}
		}
	}
	g.version = hex.EncodeToString(h.Sum(nil))[:12]
	g.indexBatch(&batch)
	g.freeze()
	g.compose()
	return g, nil
}

// compose indexes the bodies named by an acronym and a place ("СНК
// Киргизской АССР", "ЦИК Туркестанской республики") or by a head and "of
// (the)" a place ("Council of People's Commissars of the Kazakh ASSR"), so
// that the same body written another way ("СНК Кирг. АССР", "… of the
// Kirghiz (Kazakh) ASSR") is found from its parts. Two bodies with the same parts make the pair ambiguous (-1).
func (g *Gazetteer) compose() {
	g.composed = map[string]int{}
	g.placesOf = map[int][]int{}
	for i := range g.Entries {
		e := &g.Entries[i]
		if e.Type != dossier.Organization {
			continue
		}
		for _, n := range e.Names() {
			acr, rest := splitComposed(n.Text)
			if acr == "" {
				continue
			}
			toks := segment.Tokenize(rest, dossier.Span{Start: 0, End: len(rest)})
			hits := g.Find(toks)
			if len(hits) != 1 || hits[0].Start != 0 || hits[0].End != len(toks) {
				continue
			}
			for _, p := range hits[0].Entries {
				if g.Entries[p].Type != dossier.Place {
					continue
				}
				if !slices.Contains(g.placesOf[i], p) {
					g.placesOf[i] = append(g.placesOf[i], p)
				}
				k := composedKey(acr, p)
				if old, ok := g.composed[k]; ok && old != i {
					g.composed[k] = -1
					continue
				}
				g.composed[k] = i
			}
		}
	}
}

// splitComposed splits a body's name into its head and a place: an
// acronym and what follows ("СНК Киргизской АССР"), or an English name
// before its last "of (the)" ("Council of People's Commissars" + "Kazakh
// ASSR"). head is "" for other names.
func splitComposed(name string) (head, place string) {
	if sp := strings.IndexByte(name, ' '); sp > 0 && (isAcronym(name[:sp]) || isCompoundHead(name[:sp])) {
		return name[:sp], name[sp+1:]
	}
	for _, of := range []string{" of the ", " of "} {
		if k := strings.LastIndex(name, of); k > 0 {
			return name[:k], name[k+len(of):]
		}
	}
	return "", ""
}

// isCompoundHead reports a one-word Russian head of a body's name: a
// capitalised Cyrillic compound of six letters or more ("Совнарком",
// "Наркомзем", "Облисполком"), which names the body with a place after it.
func isCompoundHead(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) || utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// ComposedKey normalises the head of a composed name: its words' keys.
func ComposedKey(head string) string {
	ws := fields(head)
	for i, w := range ws {
		ws[i] = Key(w)
	}
	return strings.Join(ws, " ")
}

func composedKey(head string, place int) string {
	return ComposedKey(head) + "|" + strconv.Itoa(place)
}

// isAcronym: a word of two to six letters written in capitals
// (possibly with a bracketed letter: ВКП(б)).
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '(' || r == ')' || unicode.IsLower(r) && strings.Contains(w, "("):
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// Composed returns the body named by head (an acronym, or an English
// head before "of (the)") with the place entry place, or -1.
func (g *Gazetteer) Composed(acr string, place int) int {
	if i, ok := g.composed[composedKey(acr, place)]; ok {
		return i
	}
	return -1
}

// PlacesOf returns the places a body's names contain ("СНК Киргизской
// АССР": the Kyrgyz ASSR), as entry indexes; nil for most entries.
func (g *Gazetteer) PlacesOf(body int) []int { return g.placesOf[body] }

// Version identifies the gazetteer's contents.
func (g *Gazetteer) Version() string { return g.version }

// Get returns the entry of type t with id, or nil.
func (g *Gazetteer) Get(t dossier.EntityType, id string) *Entry {
	if i, ok := g.byKey[string(t)+"/"+id]; ok {
		return &g.Entries[i]
	}
	return nil
}

// Index returns the index of the entry of type t with id, or -1.
func (g *Gazetteer) Index(t dossier.EntityType, id string) int {
	if i, ok := g.byKey[string(t)+"/"+id]; ok {
		return i
	}
	return -1
}

// add records e and queues its names, in all their forms, for indexing in
// batch.
func (g *Gazetteer) add(e Entry, batch *nameBatch) error {
	if e.ID == "" || e.Name == "" {
		return fmt.Errorf("id and name are required")
	}
	if !e.Type.Valid() {
		return fmt.Errorf("type %q: want one of %v", e.Type, dossier.EntityTypes)
	}
	key := string(e.Type) + "/" + e.ID
	if _, dup := g.byKey[key]; dup {
		return fmt.Errorf("duplicate id %q", e.ID)
	}
	idx := len(g.Entries)
	g.Entries = append(g.Entries, e)
	g.byKey[key] = idx
	g.indexRussianWords(idx)
	// a form the entry has queued already is left out: indexed again it
	// would end at the same node, where the entry's name is already
	// recorded, and change nothing (its tokens are the same, and so is
	// whether it is written in lower case)
	seen := batch.seen[:0]
	queue := func(form string, lang string, derived bool) {
		if !slices.Contains(seen, form) {
			seen = append(seen, form)
			batch.queue(form, idx, lang, derived)
		}
	}
	for _, n := range g.Entries[idx].Names() {
		for _, form := range g.withBaseForms(nameForms(e.Type, n.Text)) {
			queue(form, n.Lang, form != n.Text)
			// Жети-Суу is also written Жети Суу
			if strings.Contains(form, "-") && !strings.Contains(form, " -") {
				queue(strings.ReplaceAll(form, "-", " "), n.Lang, form != n.Text)
			}
		}
	}
	batch.seen = seen[:0]
	if batch.full() {
		g.indexBatch(batch)
	}
	return nil
}

// withBaseForms adds, for Cyrillic names ending in a possessive or case
// form ("Кыргыз Автономдуу Республикасы", "… Советинин"), the name with its
// last word reduced to its base reading, so that other inflections of it
// ("Республикасын", "Республикага") meet on the same stem.
func (g *Gazetteer) withBaseForms(forms []string) []string {
	if g.stem == nil {
		return forms
	}
	out := forms // nameForms' own slice: appended to, never shared
	for _, f := range forms {
		if !hasCyrillic(f) {
			continue
		}
		i := strings.LastIndexAny(f, " -")
		last := f[i+1:]
		st := g.stem(last)
		if len(st) <= 1 && i >= 0 {
			// the head noun of a longer name is a common noun, which the
			// morphology reads in lower case ("… Эл Комиссарлар Кеңеши":
			// кеңеш + possessive; the trie's keys are in lower case)
			st = g.stem(textcase.Lower(last))
		}
		if len(st) > 1 && st[1] != last && len([]rune(st[1])) >= 3 {
			out = append(out, f[:i+1]+st[1])
		}
		// a name's last word is in the nominative, so a word that ends in a
		// possessive ("Кочкор району", "Пишпек уезди") has that possessive's
		// stem as its base, even where the morphology ranks a case reading
		// first (району as райо + accusative): "районунда", "уездинде"
		// then meet the name on "район", "уезд"
		for _, s := range st[min(len(st), 2):] {
			if rest, ok := strings.CutPrefix(last, s); ok && kyPossessive(rest) && len([]rune(s)) >= 3 {
				out = append(out, f[:i+1]+s)
				break
			}
		}
	}
	return out
}

// kyPossessive reports a Kyrgyz third-person possessive suffix as written
// after a stem: -ы/-и/-у/-ү after a consonant, -сы/-си/-су/-сү after a
// vowel (районУ, уездИ, облусУ, комиссарлыгЫ).
func kyPossessive(s string) bool {
	switch s {
	case "ы", "и", "у", "ү", "сы", "си", "су", "сү":
		return true
	}
	return false
}

// hasCyrillic is translit.HasCyrillic, answered from the bytes for the
// usual names: ASCII up to a letter of U+0400–U+047F (lead byte D0 or D1
// and a continuation byte), all of which are Cyrillic. A name with other
// non-ASCII runes first is handed to translit.HasCyrillic whole.
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			continue
		}
		if (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return true
		}
		return translit.HasCyrillic(s)
	}
	return false
}
