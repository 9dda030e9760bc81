package extract

import (
	"context"
	"fmt"
	"github.com/dossier-kg/dossier/internal/memo"
	"github.com/dossier-kg/dossier/internal/textcase"
	"io/fs"
	"strings"
	"sync"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/dates"
	"github.com/dossier-kg/dossier/extract/gazetteer"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/schema"
)

// rulesVersion changes whenever the rules change in a way that changes
// output; with the data's hash it makes Version.
const rulesVersion = "3.29"

// Options configure an Extractor.
type Options struct {
	// Data holds gazetteer/ and lexicon/ (default: the embedded data.Files).
	Data fs.FS
}

// Extractor is Dossier's multilingual extractor. It implements
// dossier.Extractor; it is safe for concurrent use.
type Extractor struct {
	gaz     *gazetteer.Gazetteer
	lex     *lexicon.Lexicon
	dates   *dates.Finder
	names   *names.Recognizer
	version string
	// given names from the gazetteer of people, lower-cased
	givenNames map[string]bool
	// memo remembers word analyses across documents
	memo *morph.Memo
	// people holds, for each gazetteer entry of a person, the keys of the
	// parts of their names
	people map[int]*personKeys
	// byGiven lists the gazetteer's people by the keys of their given
	// names, in entry order: the candidates of a misspelt surname
	byGiven map[string][]int
	// words remembers nameWord (shared: read only), translit key, common
	// commonWord
	words    *memo.Strings[*nameWord]
	translit *memo.Strings[string]
	common   *memo.Strings[bool]
	// wordKeys remembers wordKey; latin cleanLatin; iris entityIRI
	wordKeys, latin, iris *memo.Strings[string]
	// genders remembers surnameGender
	genders *memo.Strings[byte]
	// wordMemos remembers what the mention finders ask of single words
	wordMemos *mentionMemos
	// kinds holds the IRI segment and the remembered IRIs of each entity
	// type (see kindIndex)
	kinds [5]kindIRIs
	// entryIRIs are the IRIs of the gazetteer's entries, by index, as
	// entities of the entry's type
	entryIRIs []string
	// stance indexes each language's hedges and accusation phrases (see
	// stanceAt)
	stance map[*lexicon.Lang]*stanceIndex
	// slabs holds token slabs (*[]segment.Token) of finished documents
	// for the next ones (see segment.SplitInto)
	slabs sync.Pool
	// viewSlabs holds the sentence views (*viewSlab) of finished documents
	// for the next ones (see viewsFor)
	viewSlabs sync.Pool
}

// personKeys are the translit.Key forms of the parts of a person's names in
// the gazetteer: given names (first words of names of two or more words),
// second words of three-word names, last words, and every part.
type personKeys struct {
	first, middle, last, parts map[string]bool
	initials                   map[byte]bool
}

// newPersonKeys makes the personKeys of entry e. Its names repeat their
// parts (a surname is in most of its forms), so the keys are taken from
// the extractor's memo of translit.Key (x.key), each part worked out once.
func (x *Extractor) newPersonKeys(e *gazetteer.Entry) *personKeys {
	k := &personKeys{first: map[string]bool{}, middle: map[string]bool{}, last: map[string]bool{}, parts: map[string]bool{}, initials: map[byte]bool{}}
	for _, n := range e.Names() {
		ps := strings.Fields(n.Text)
		for _, p := range ps {
			k.parts[x.key(p)] = true
		}
		if len(ps) == 0 || strings.Contains(n.Text, ".") {
			continue
		}
		k.last[x.key(ps[len(ps)-1])] = true
		if len(ps) >= 2 {
			first := x.key(ps[0])
			k.first[first] = true
			if first != "" { // firstLetterKey(ps[0]), from the key at hand
				k.initials[first[0]] = true
			}
		}
		if len(ps) == 3 {
			k.middle[x.key(ps[1])] = true
		}
	}
	return k
}

var _ dossier.Extractor = (*Extractor)(nil)

// New loads the gazetteers and lexicons and returns an Extractor.
func New(opts Options) (*Extractor, error) {
	fsys := opts.Data
	if fsys == nil {
		fsys = data.Files
	}
	gfs, err := fs.Sub(fsys, "gazetteer")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	words := morph.NewMemo(0)
	gaz, err := gazetteer.Load(gfs, words.Stems)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	lfs, err := fs.Sub(fsys, "lexicon")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	lex, err := lexicon.Load(lfs)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x := &Extractor{gaz: gaz, lex: lex, dates: dates.NewFinder(), givenNames: map[string]bool{}, memo: words, people: map[int]*personKeys{}, byGiven: map[string][]int{},
		words: memo.New[*nameWord](0), translit: memo.New[string](0), common: memo.New[bool](0), wordKeys: memo.New[string](0), latin: memo.New[string](0), iris: memo.New[string](0), genders: memo.New[byte](0)}
	for _, t := range []dossier.EntityType{dossier.Person, dossier.Place, dossier.Organization, dossier.Event, dossier.DocumentType} {
		x.kinds[kindIndex(t)] = kindIRIs{segment: kindSegmentOf(t), iris: memo.New[string](0)}
	}
	x.entryIRIs = make([]string, len(gaz.Entries))
	for i, e := range gaz.Entries {
		x.entryIRIs[i] = schema.ID + x.kindSegment(e.Type) + "/" + e.ID
	}
	for i, e := range gaz.Entries {
		if e.Type != dossier.Person {
			continue
		}
		x.people[i] = x.newPersonKeys(&gaz.Entries[i])
		for k := range x.people[i].first {
			x.byGiven[k] = append(x.byGiven[k], i)
		}
		for _, n := range e.Names() {
			parts := strings.Fields(n.Text)
			if len(parts) >= 2 && !strings.Contains(parts[0], ".") {
				x.givenNames[textcase.Lower(parts[0])] = true
			}
		}
	}
	x.names = &names.Recognizer{Lex: lex, Stems: words.Stems, LowerStems: words.LowerStems, Known: func(w string) bool {
		for _, s := range words.Stems(w) {
			if x.givenNames[textcase.Lower(s)] {
				return true
			}
		}
		return false
	}}
	x.stance = map[*lexicon.Lang]*stanceIndex{}
	for _, code := range []string{"", "ky", "ru", "en", "kk"} {
		if l := lex.For(code); x.stance[l] == nil {
			x.stance[l] = newStanceIndex(l)
		}
	}
	x.wordMemos = newMentionMemos(x)
	x.version = rulesVersion + "+" + gaz.Version()
	return x, nil
}

// Version identifies the rules and data; a store rebuilds documents
// extracted by another version.
func (x *Extractor) Version() string { return x.version }

// Gazetteer exposes the loaded gazetteer (for name search and docs).
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Extract implements dossier.Extractor.
// A panic in the rules over one sentence becomes a problem at that
// sentence; one anywhere else fails this document only, with an error that
// names it.
func (x *Extractor) Extract(ctx context.Context, doc *dossier.Document) (ex *dossier.Extraction, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			ex, err = nil, fmt.Errorf("extract %s: internal error: %v", doc.Path, r)
		}
	}()
	d := &docState{x: x, doc: doc}
	d.tx = textnorm.NormalizeKnown(doc.Text, x.knownWord)
	slab, _ := x.slabs.Get().(*[]segment.Token)
	if slab == nil {
		slab = new([]segment.Token)
	}
	d.sents, *slab = segment.SplitInto(d.tx, (*slab)[:0])
	var views *viewSlab
	d.views, views = x.viewsFor(len(d.sents))
	d.findDates()
	d.findMentions()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d.resolve()
	d.relate()
	d.separateNamesakes()
	ex = d.emit()
	// the extraction holds strings of the document, none of its tokens:
	// the slab can serve the next document (not after a panic, when the
	// state is left to the collector)
	d.sents, d.views = nil, nil
	if cap(*slab) <= maxPooledTokens {
		x.slabs.Put(slab)
	}
	x.putViews(views)
	return ex, nil
}

// knownWord reports a lower-case word the extractor's lexicons know: a
// month's name in any form, or a word of a trigger phrase ("расстрелян",
// "реабилитирован"). Normalization joins such a word hyphenated across a
// line break.
func (x *Extractor) knownWord(w string) bool {
	if dates.MonthOf(w) > 0 {
		return true
	}
	words := []string{w}
	for _, l := range []string{"ky", "ru", "en"} {
		if len(x.lex.For(l).MatchAll(words)) > 0 {
			return true
		}
	}
	return x.gaz.KnowsWord(w)
}

// maxPooledTokens bounds the token slabs kept for reuse (about 3.5 MB
// each): one very long document does not keep its tokens for ever.
const maxPooledTokens = 1 << 16

// DocumentLanguage names the language most of an extraction's evidence and
// names are in ("mixed" when no language has two thirds of the mentions).
func (x *Extractor) DocumentLanguage(ex *dossier.Extraction) string {
	count := map[string]int{}
	total := 0
	for _, e := range ex.Entities {
		for _, m := range e.Mentions {
			count[m.Lang]++
			total++
		}
	}
	best, n := "", 0
	for _, l := range []string{"ky", "ru", "en", "kk"} {
		if count[l] > n {
			best, n = l, count[l]
		}
	}
	if total > 0 && n*3 < total*2 {
		return "mixed"
	}
	return best
}

func normalizeText(s string) *textnorm.Text              { return textnorm.Normalize(s) }
func splitSentences(t *textnorm.Text) []segment.Sentence { return segment.Split(t) }
