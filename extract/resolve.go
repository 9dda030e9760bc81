package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/memo"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
	"github.com/dossier-kg/dossier/schema"
)

// entity is one real thing named in the document.
type entity struct {
	typ   dossier.EntityType
	entry int
	ments []*mention
	key   string // for unknown non-persons: normalised name
	// person name keys (translit.Key of every stem of every form seen)
	first, last map[string]bool
	// firstKeys and lastKeys are the keys of first and last as a list,
	// for findPerson and propagateAliases: they are kept while the people
	// are resolved and not after (merge leaves them)
	firstKeys, lastKeys []string
	// initials holds the first letters of the person's given names and
	// initials, a bit per byte (see addInitial)
	initials [4]uint64
	id       string
	name     string
	order    int // first mention order
	// rec is the record (as mention.rec) whose person this is, 0 if none
	rec int
}

// key is translit.Key, remembered.
func (x *Extractor) key(s string) string { return x.translit.Get(s, translit.Key) }

// nameWord is what resolution asks of one word of a person's name,
// remembered per word: its match keys and the first letter of its own key.
type nameWord struct {
	// keys are the match keys (translit.Key) of every stem of the word,
	// each once, in no particular order
	keys []string
	// initial is firstLetter of the word
	initial byte
}

// nameWord returns the remembered nameWord of w; it is shared and must not
// be modified.
func (x *Extractor) nameWord(w string) *nameWord {
	return x.words.Get(w, func(w string) *nameWord {
		nw := &nameWord{}
		for _, s := range x.memo.Stems(w) {
			if k := x.key(s); k != "" && !slices.Contains(nw.keys, k) {
				nw.keys = append(nw.keys, k)
			}
		}
		if k := x.key(w); k != "" {
			nw.initial = k[0]
		}
		return nw
	})
}

// nameKeys returns the match keys of every stem of w (see nameWord); the
// slice is shared and must not be modified.
func (x *Extractor) nameKeys(w string) []string { return x.nameWord(w).keys }

func firstLetterKey(w string) byte {
	k := translit.Key(w)
	if k == "" {
		return 0
	}
	return k[0]
}

// firstLetter is firstLetterKey, remembered.
func (x *Extractor) firstLetter(w string) byte { return x.nameWord(w).initial }

// intersects reports a key of ks in the set b.
func intersects(ks []string, b map[string]bool) bool {
	for _, k := range ks {
		if b[k] {
			return true
		}
	}
	return false
}

// shareKey reports a key in both lists.
func shareKey(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// nearKeys reports a typo-level difference between some keys of a and b
// (Абдраманов ~ Абдрахманов), for keys long enough to be safe.
func nearKeys(a, b []string) bool {
	for _, x := range a {
		if len(x) < 6 {
			continue
		}
		for _, y := range b {
			// most pairs share too few letters to be near: the bound
			// tells them without the comparison
			if len(y) >= 6 && translit.JaroWinklerBound(x, y) >= 0.9 && translit.JaroWinkler(x, y) >= 0.9 {
				return true
			}
		}
	}
	return false
}

// resolve groups mentions into entities.
func (d *docState) resolve() {
	byEntry := map[int]*entity{}
	byKey := map[unknownKey]*entity{}
	order := 0
	newEnt := func(t dossier.EntityType, entry int) *entity {
		e := &entity{typ: t, entry: entry, order: order}
		if t == dossier.Person {
			// only a person's name keys are written (merge makes them
			// for another entity that needs them)
			e.first, e.last = map[string]bool{}, map[string]bool{}
		}
		order++
		d.ents = append(d.ents, e)
		return e
	}
	attach := func(e *entity, m *mention) {
		m.ent = e
		e.ments = append(e.ments, m)
		if e.rec == 0 {
			e.rec = m.rec
		}
		if e.typ != dossier.Person {
			return
		}
		if m.person.Last != "" {
			for _, k := range d.x.nameKeys(m.person.Last) {
				e.addLast(k)
			}
		}
		if m.person.First != "" {
			for _, k := range d.x.nameKeys(m.person.First) {
				e.addFirst(k)
			}
			e.addInitial(d.x.firstLetter(m.person.First))
		}
		for _, in := range m.person.Initials {
			e.addInitial(d.x.firstLetter(in))
		}
	}
	all := d.allMentions()
	d.demoteBareSurnames(all)
	// 1. gazetteer names: one entity per entry
	for _, m := range all {
		if m.entry < 0 {
			continue
		}
		e := byEntry[m.entry]
		if e == nil {
			e = newEnt(m.typ, m.entry)
			byEntry[m.entry] = e
			d.seedPersonKeys(e)
		}
		attach(e, m)
	}
	// 2. people found by shape: fuller names first, then surnames alone
	var people []*mention
	for _, m := range all {
		if m.entry < 0 && m.typ == dossier.Person {
			people = append(people, m)
		}
	}
	slices.SortStableFunc(people, func(a, b *mention) int { return cmp.Compare(fullness(b), fullness(a)) })
	// the people so far, in order: findPerson's candidates
	var persons []*entity
	for _, e := range d.ents {
		if e.typ == dossier.Person {
			persons = append(persons, e)
		}
	}
	for _, m := range people {
		if e := d.findPerson(m, persons); e != nil {
			attach(e, m)
			continue
		}
		if entry := d.misspeltKnown(m); entry >= 0 {
			// "Абдраманов Жусуп": Zhusup Abdrakhmanov with a typo
			e := byEntry[entry]
			if e == nil {
				e = newEnt(dossier.Person, entry)
				byEntry[entry] = e
				d.seedPersonKeys(e)
				persons = append(persons, e)
			}
			m.entry = entry
			attach(e, m)
			continue
		}
		e := newEnt(dossier.Person, -1)
		persons = append(persons, e)
		attach(e, m)
	}
	// 3. other unknown names: by normalised form
	for _, m := range all {
		if m.entry >= 0 || m.typ == dossier.Person {
			continue
		}
		// the key is the type and the normalised name; every heading
		// names the one article
		k := unknownKey{typ: m.typ}
		if m.rule == ruleArticleTitle {
			k = unknownKey{article: true}
		} else {
			k.norm = d.normKey(m)
		}
		e := byKey[k]
		if e == nil {
			e = newEnt(m.typ, -1)
			e.key = k.String()
			byKey[k] = e
		}
		attach(e, m)
	}
	d.propagateAliases(attach)
	d.mergeAliases()
	d.mergeShortForms()
	d.mergeGenericBodies()
	d.dropStrayInitials()
	d.bindRecords()
	d.name()
}

// unknownKey groups the mentions of unknown non-persons into entities:
// an article's headings, or a type and a normalised name (normKey).
type unknownKey struct {
	typ     dossier.EntityType
	article bool
	norm    string
}

// String is the entity's key: "Type/norm", or ruleArticleTitle.
func (k unknownKey) String() string {
	if k.article {
		return ruleArticleTitle
	}
	return string(k.typ) + "/" + k.norm
}

func (d *docState) allMentions() []*mention {
	var out []*mention
	for _, ms := range d.ments {
		out = append(out, ms...)
	}
	return out
}

func fullness(m *mention) int {
	n := 0
	if m.person.Last != "" {
		n++
	}
	if m.person.First != "" {
		n += 2
	}
	if len(m.person.Initials) > 0 {
		n++
	}
	return n
}

// seedPersonKeys gives a gazetteer person the name keys of its names, so
// that surnames and initials found by shape join it.
func (d *docState) seedPersonKeys(e *entity) {
	if e.typ != dossier.Person {
		return
	}
	pk := d.x.people[e.entry]
	if pk == nil {
		return
	}
	for k := range pk.last {
		e.addLast(k)
	}
	for k := range pk.first {
		e.addFirst(k)
	}
	for b := range pk.initials {
		e.addInitial(b)
	}
}

// addLast adds a surname key to a person.
func (e *entity) addLast(k string) {
	if !e.last[k] {
		e.last[k] = true
		e.lastKeys = append(e.lastKeys, k)
	}
}

// addFirst adds a given name key to a person.
func (e *entity) addFirst(k string) {
	if !e.first[k] {
		e.first[k] = true
		e.firstKeys = append(e.firstKeys, k)
	}
}

// addInitial adds the first letter of a given name or an initial to a
// person; 0 (a word with no key) adds nothing.
func (e *entity) addInitial(b byte) {
	if b != 0 {
		e.initials[b>>6] |= 1 << (b & 63)
	}
}

// hasInitials reports a person with a given name or an initial.
func (e *entity) hasInitials() bool { return e.initials != [4]uint64{} }

// hasInitial reports b among the person's initials (see addInitial).
func (e *entity) hasInitial(b byte) bool { return e.initials[b>>6]&(1<<(b&63)) != 0 }

// findPerson finds the entity a person mention refers to: same surname (or a
// typo of it) and no conflicting given name or initials; among several, the
// most recently mentioned.
func (d *docState) findPerson(m *mention, persons []*entity) *entity {
	var lk, fk []string
	if m.person.Last != "" {
		lk = d.x.nameKeys(m.person.Last)
	}
	if m.person.First != "" {
		fk = d.x.nameKeys(m.person.First)
	}
	if len(lk) == 0 && len(fk) > 0 && m.person.Patronymic != "" {
		return d.knownByFirstName(fk)
	}
	if len(lk) == 0 {
		return nil
	}
	// what the mention says of initials, asked of every person; its
	// gender is asked when a person's names fit
	var g byte
	gAsked := false
	var initial byte
	if len(m.person.Initials) > 0 {
		initial = d.x.firstLetter(m.person.Initials[0])
	}
	single := m.person.First == "" && len(m.person.Initials) == 0 && m.end-m.start == 1
	var best *entity
	bestPos := -1
	for _, e := range persons {
		if m.rec != 0 && e.rec != 0 && e.rec != m.rec {
			// two records of a list are two people, namesakes or not:
			// "ИВАНОВ Иван Петрович, 1890" and "ИВАНОВ Иван Сергеевич, 1901"
			continue
		}
		if initial != 0 && e.hasInitials() && !e.hasInitial(initial) {
			continue // the cheapest test first: "A. Sydykov" is not Kasym Sydykov
		}
		if !shareKey(lk, e.lastKeys) && !nearKeys(lk, e.lastKeys) {
			// a given name alone ("Жусуп") refers to the known person with it
			if !(single && shareKey(lk, e.firstKeys)) {
				continue
			}
		}
		if len(fk) > 0 && len(e.firstKeys) > 0 && !shareKey(fk, e.firstKeys) && !nearKeys(fk, e.firstKeys) {
			continue
		}
		if !gAsked {
			g, gAsked = d.x.mentionGender(m), true
		}
		if g != 0 {
			if eg := d.x.entityGender(e); eg != 0 && g != eg {
				continue // "Bayalinov" is not Ainura Bayalinova
			}
		}
		pos := lastPos(e, m)
		if best == nil || pos > bestPos {
			best, bestPos = e, pos
		}
	}
	return best
}

// misspeltKnown returns the one gazetteer person a name found by its shape
// in prose or a dictionary entry (not a card's or a list's head) misspells ("Абдраманов Жусуп" for Zhusup Abdrakhmanov): the same given
// name and a surname one typo away (see oneEditApart), no other gender;
// -1 for none or several.
func (d *docState) misspeltKnown(m *mention) int {
	if m.person.First == "" || m.person.Last == "" || m.rec != 0 && !d.records[m.rec-1].bio {
		// a card's or a list's person is their own: lists of victims hold
		// thousands of names a letter away from a famous one (a
		// dictionary entry's head may be misspelt like any prose)
		return -1
	}
	lk := d.x.nameKeys(m.person.Last)
	found := -1
	seen := map[int]bool{}
	for _, fk := range d.x.nameKeys(m.person.First) {
		for _, entry := range d.x.byGiven[fk] {
			if seen[entry] {
				continue
			}
			seen[entry] = true
			pk := d.x.people[entry]
			if intersects(lk, pk.last) || !oneEditApart(lk, pk.last) {
				continue // the same surname is the gazetteer's own match, not a typo
			}
			if g := d.x.mentionGender(m); g != 0 {
				ws := strings.Fields(d.x.gaz.Entry(entry).Name)
				if eg := surnameGender(ws[len(ws)-1]); eg != 0 && eg != g {
					continue // "Абдурахманова" is no man's typo
				}
			}
			if found >= 0 && found != entry {
				return -1 // two known people it could be
			}
			found = entry
		}
	}
	return found
}

// oneEditApart reports keys of seven letters or more, with the same first
// letter, that one letter dropped, added or changed makes equal
// ("abdramanov", "abdrahmanov"): a typo, where Jaro-Winkler would also
// join Sokolov to Sokolnikov.
func oneEditApart(a []string, b map[string]bool) bool {
	for _, x := range a {
		for y := range b {
			if len(x) >= 7 && len(y) >= 7 && x[0] == y[0] && oneEdit(x, y) {
				return true
			}
		}
	}
	return false
}

// oneEdit reports strings (of bytes: keys are ASCII) one insertion,
// deletion or substitution apart.
func oneEdit(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return i < len(x) && x[i+1:] == y[i+1:]
	}
	return x[i:] == y[i+1:]
}

// mentionGender is the gender a surname's form shows ('m' for -ov, -ev,
// -in, -sky; 'f' for -ova, -eva, -ina, -skaya), or 0: only in English and
// in the nominative, since a Russian genitive of a man's surname reads as
// a woman's ("письмо Абдрахманова").
func (x *Extractor) mentionGender(m *mention) byte {
	if m.person.Last == "" || (m.lang != "en" && m.lastCase != morph.Nom) {
		return 0
	}
	return x.genders.Get(m.person.Last, surnameGender)
}

// entityGender is the gender the entity's surname forms show, or 0 when
// none does or they disagree.
func (x *Extractor) entityGender(e *entity) byte {
	var g byte
	for _, m := range e.ments {
		if mg := x.mentionGender(m); mg != 0 {
			if g != 0 && mg != g {
				return 0
			}
			g = mg
		}
	}
	return g
}

func surnameGender(w string) byte {
	w = textcase.Lower(w)
	for _, s := range []string{"ova", "eva", "ina", "yna", "skaya", "ова", "ева", "ёва", "ина", "ына", "ская"} {
		if strings.HasSuffix(w, s) {
			return 'f'
		}
	}
	for _, s := range []string{"ov", "ev", "in", "yn", "sky", "skiy", "ов", "ев", "ёв", "ин", "ын", "ский"} {
		if strings.HasSuffix(w, s) {
			return 'm'
		}
	}
	return 0
}

// knownByFirstName finds the one person of the gazetteer named so far
// whose given name has one of the keys fk: a name and patronymic with no
// surname ("Уважаемый Вячеслав Михайлович!") address someone the document
// names in full. Nil when none or several.
func (d *docState) knownByFirstName(fk []string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.typ != dossier.Person || e.entry < 0 || !intersects(fk, e.first) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// lastPos is the position of the entity's last mention before m (or -1).
func lastPos(e *entity, m *mention) int {
	p := -1
	for _, x := range e.ments {
		if x.sent < m.sent || (x.sent == m.sent && x.start < m.start) {
			if v := x.sent*10000 + x.start; v > p {
				p = v
			}
		}
	}
	return p
}

// normKey is the match key of an unknown name: every token reduced to its
// first stem reading, romanised.
func (d *docState) normKey(m *mention) string {
	if m.nkey == "" {
		m.nkey = d.computeNormKey(m)
	}
	return m.nkey
}

func (d *docState) computeNormKey(m *mention) string {
	// most names are one word: its key is the name's, with nothing to
	// join; the keys of longer names are joined in one allocation
	var buf [8]string
	keys := buf[:0]
	n := 0
	for _, t := range m.tokens(d) {
		if t.Kind != segment.Word {
			continue
		}
		k := d.x.wordKey(t.Text)
		keys = append(keys, k)
		n += len(k)
	}
	switch len(keys) {
	case 0:
		return ""
	case 1:
		return keys[0]
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range keys {
		b.WriteString(k)
	}
	return b.String()
}

// shortForm is an unknown name mergeShortForms may join to a longer one:
// its entity and its key without the "Type/" of unknownKey.String (never
// empty).
type shortForm struct {
	e  *entity
	sk string
}

// shortForms are the short forms of a document grouped by the last byte
// of their keys: a key can end with another, or the other way round, only
// when the two end in one byte.
type shortForms struct {
	sorted []shortForm
	// at bounds the runs: the short forms whose keys end in byte c are
	// sorted[at[c]:at[c+1]], in the order they were given
	at [257]int32
}

// newShortForms groups shorts by the last byte of their keys.
func newShortForms(shorts []shortForm) *shortForms {
	sf := &shortForms{}
	sf.sorted, sf.at = byLastByte(shorts, func(s *shortForm) byte { return s.sk[len(s.sk)-1] })
	return sf
}

// endingIn returns the short forms whose keys end in byte c.
func (sf *shortForms) endingIn(c byte) []shortForm { return sf.sorted[sf.at[c]:sf.at[int(c)+1]] }

// byLastByte sorts items stably by a byte of each (a counting sort) and
// returns them with the bounds of each byte's run: the items with byte c
// are out[at[c]:at[c+1]].
func byLastByte[T any](items []T, key func(*T) byte) (out []T, at [257]int32) {
	for i := range items {
		at[int(key(&items[i]))+1]++
	}
	for c := 1; c < len(at); c++ {
		at[c] += at[c-1]
	}
	out = make([]T, len(items))
	next := at
	for i := range items {
		c := key(&items[i])
		out[next[c]] = items[i]
		next[c]++
	}
	return out, at
}

// mayEndWith reports a mention whose normKey may end with the key of one
// of shorts: the key of its last word ends with that key or that key ends
// with it. A last word with no key, or no word, tells nothing and reports
// true.
func (d *docState) mayEndWith(m *mention, shorts *shortForms) bool {
	toks := m.tokens(d)
	i := len(toks) - 1
	for i >= 0 && toks[i].Kind != segment.Word {
		i--
	}
	if i < 0 {
		return true
	}
	lw := d.x.wordKey(toks[i].Text)
	if lw == "" {
		return true
	}
	// either way the two end in one byte
	for _, sf := range shorts.endingIn(lw[len(lw)-1]) {
		if strings.HasSuffix(lw, sf.sk) || strings.HasSuffix(sf.sk, lw) {
			return true
		}
	}
	return false
}

// wordKey is the match key of one word of a name (see normKey): its first
// stem reading, romanised; remembered.
func (x *Extractor) wordKey(w string) string {
	return x.wordKeys.Get(w, func(w string) string {
		st := x.memo.LowerStems(w)
		s := st[0]
		if len(st) > 1 {
			s = st[1]
		}
		return x.key(s)
	})
}

// alias is a person a word may name again: by their surname, or by their
// given name (see propagateAliases).
type alias struct {
	e     *entity
	given bool
}

// propagateAliases finds further mentions of the people already known: a
// capitalised word whose stem is the surname of exactly one person (or the
// given name of exactly one person) is that person (Абдрахманов,
// Жусуптун, Koigeldiev, Kazybek).
func (d *docState) propagateAliases(attach func(*entity, *mention)) {
	index := map[string][]alias{}
	for _, e := range d.ents {
		if e.typ != dossier.Person {
			continue
		}
		// (no merge has run yet: the lists hold the keys)
		for _, k := range e.lastKeys {
			if len(k) >= 4 {
				index[k] = append(index[k], alias{e, false})
			}
		}
		if e.entry < 0 || d.hasFullMention(e) {
			for _, k := range e.firstKeys {
				if len(k) >= 4 {
					index[k] = append(index[k], alias{e, true})
				}
			}
		}
	}
	if len(index) == 0 {
		return // no one to find again
	}
	var covered []bool
	// named remembers aliasNamed per word: the index stays as it is while
	// the sentences are read, and the words of a document come back
	var named map[string]*entity
	for si := range d.sents {
		s := &d.sents[si]
		covered = slices.Grow(covered[:0], len(s.Tokens))[:len(s.Tokens)]
		clear(covered)
		for _, m := range d.ments[si] {
			for k := m.start; k < m.end; k++ {
				covered[k] = true
			}
		}
		for _, dm := range d.dates[si] {
			for k := dm.start; k < dm.end && k < len(covered); k++ {
				covered[k] = true
			}
		}
		added := false
		for ti := range s.Tokens {
			t := &s.Tokens[ti]
			if covered[ti] || t.Kind != segment.Word || !t.Upper() {
				continue
			}
			found, seen := named[t.Text]
			if !seen {
				found = d.aliasNamed(t, index)
				if named == nil {
					named = map[string]*entity{}
				}
				named[t.Text] = found
			}
			if found == nil {
				continue
			}
			m := d.newMention(si, ti, ti+1, "alias", 0.8)
			m.typ = dossier.Person
			m.entry = found.entry
			attach(found, m)
			d.ments[si] = append(d.ments[si], m)
			added = true
		}
		if added {
			slices.SortFunc(d.ments[si], func(a, b *mention) int { return cmp.Compare(a.start, b.start) })
		}
	}
}

// aliasNamed returns the one person of index a capitalised word t names,
// or nil (none, several, a stopword, a word of fewer than three letters).
func (d *docState) aliasNamed(t *segment.Token, index map[string][]alias) *entity {
	if utf8.RuneCountInString(t.Text) < 3 || d.x.lex.AnyLower(t.Lower, stopwordsOf) {
		return nil
	}
	var found *entity
	for _, k := range d.x.nameKeys(t.Text) {
		for _, a := range index[k] {
			if found != nil && found != a.e {
				return nil
			}
			found = a.e
		}
	}
	return found
}

func (d *docState) hasFullMention(e *entity) bool {
	for _, m := range e.ments {
		if strings.Contains(strings.TrimSpace(m.text), " ") && !strings.Contains(m.text, ".") {
			return true
		}
	}
	return false
}

// dropStrayInitials removes people known only by one capitalised word at
// the start of a sentence that is not a gazetteer name and never occurs
// inside a sentence (Каков, Менин: words capitalised by position only).
func (d *docState) dropStrayInitials() {
	// the words of the people who may be stray, then which of them occur
	// capitalised inside a sentence
	var inner map[string]bool
	for _, e := range d.ents {
		if d.mayBeStray(e) {
			if inner == nil {
				inner = map[string]bool{}
			}
			for _, m := range e.ments {
				inner[textcase.Lower(m.text)] = false
			}
		}
	}
	if inner == nil {
		return
	}
	for si := range d.sents {
		toks := d.sents[si].Tokens
		for ti := 1; ti < len(toks); ti++ {
			if t := &toks[ti]; t.Upper() {
				if _, ok := inner[t.Lower]; ok {
					inner[t.Lower] = true
				}
			}
		}
	}
	keep := d.ents[:0]
	for _, e := range d.ents {
		stray := d.mayBeStray(e)
		for _, m := range e.ments {
			if stray && inner[textcase.Lower(m.text)] {
				stray = false
			}
		}
		if !stray {
			keep = append(keep, e)
			continue
		}
		for _, m := range e.ments {
			d.removeMention(m)
		}
	}
	d.ents = keep
}

// mayBeStray reports a person dropStrayInitials drops unless a word of
// theirs occurs capitalised inside a sentence: not in the gazetteer, and
// named only by one word opening a sentence, never by a card's surname in
// capitals.
func (d *docState) mayBeStray(e *entity) bool {
	if e.entry >= 0 || e.typ != dossier.Person {
		return false
	}
	for _, m := range e.ments {
		if m.start > 0 || m.end-m.start > 1 || m.rule == "person-caps-surname" {
			return false
		}
	}
	return true
}

func (d *docState) removeMention(m *mention) {
	ms := d.ments[m.sent]
	for i, x := range ms {
		if x == m {
			d.ments[m.sent] = append(ms[:i], ms[i+1:]...)
			return
		}
	}
}

// name gives every entity its preferred name and IRI.
func (d *docState) name() {
	used := make(map[string]*entity, len(d.ents))
	for _, e := range d.ents {
		if e.entry >= 0 {
			en := d.x.gaz.Entry(e.entry)
			e.name = en.Name
			if e.typ == en.Type {
				e.id = d.x.entryIRIs[e.entry]
			} else {
				e.id = schema.ID + d.x.kindSegment(e.typ) + "/" + en.ID
			}
		} else {
			e.name = d.preferredName(e)
			e.id = d.x.entityIRI(e.typ, e.name)
		}
		if o, ok := used[e.id]; ok && o != e {
			e.id = schema.Disambiguate(e.id, e.key+e.name+d.surface(e.ments[0].sent, e.ments[0].start, e.ments[0].end))
		}
		used[e.id] = e
	}
}

// kindSegment is the path segment of the IRIs of entities of type t
// ("person").
func (x *Extractor) kindSegment(t dossier.EntityType) string {
	if k := x.kindOf(t); k != nil {
		return k.segment
	}
	return kindSegmentOf(t)
}

// kindSegmentOf is kindSegment, as entityIRI mints it.
func kindSegmentOf(t dossier.EntityType) string {
	iri := schema.EntityIRI(t, "x")
	iri = strings.TrimPrefix(iri, schema.ID)
	return strings.TrimSuffix(iri, "/x")
}

// kindIRIs is what the extractor remembers of one entity type: the path
// segment of its IRIs and the IRIs minted for names (see entityIRI).
type kindIRIs struct {
	segment string
	iris    *memo.Strings[string]
}

// kindIndex is the index in Extractor.kinds of type t, -1 for a type that
// has none.
func kindIndex(t dossier.EntityType) int {
	switch t {
	case dossier.Person:
		return 0
	case dossier.Place:
		return 1
	case dossier.Organization:
		return 2
	case dossier.Event:
		return 3
	case dossier.DocumentType:
		return 4
	}
	return -1
}

// kindOf returns the kindIRIs of type t, nil for a type kindIndex does
// not know.
func (x *Extractor) kindOf(t dossier.EntityType) *kindIRIs {
	if i := kindIndex(t); i >= 0 {
		return &x.kinds[i]
	}
	return nil
}

// preferredName romanises the fullest form of an unknown entity's name, in
// the base form where the morphology can tell it.
func (d *docState) preferredName(e *entity) string {
	if n, ok := d.titleName(e); ok {
		return n
	}
	if e.typ == dossier.Person {
		first := d.x.bestForm(e, func(m *mention) string { return m.person.First })
		last := d.x.bestForm(e, func(m *mention) string { return m.person.Last })
		if inCapitals(last) && !inCapitals(first) {
			last = titleCase(last) // "TOKTORBAEV Asylbek" in a memorial book
		}
		if surnameGender(last) == 'm' && writtenFeminine(e) {
			// "Бекназаровой" is Бекназарова's, never Бекназаров's
			if translit.HasCyrillic(last) {
				last += "а"
			} else {
				last += "a"
			}
		}
		n := strings.TrimSpace(first + " " + last)
		if n != "" {
			if inCapitals(n) {
				n = titleCase(n) // "IBRAHIMOV" in an address in capitals
			}
			return d.x.cleanLatin(n)
		}
	}
	// the longest mention, last word in its base form
	var best *mention
	for _, m := range e.ments {
		if best == nil || len(m.text) > len(best.text) {
			best = m
		}
	}
	toks := best.tokens(d)
	var wordBuf [8]string
	words := wordBuf[:0]
	for _, t := range toks {
		words = append(words, t.Text)
	}
	ruHead := -1
	if best.lang == "ru" && !best.baseWritten && best.lastCase != morph.Nom {
		ruHead = d.x.ruNominative(words, e)
	}
	topic := slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Lower == "по" && best.lang == "ru" })
	var b strings.Builder
	b.Grow(len(best.text) + 8) // base forms and spelt-out heads may be longer
	for i, t := range toks {
		w := words[i]
		if i == len(toks)-1 && t.Kind == segment.Word && !best.baseWritten && ruHead < 0 && !topic { // ("комиссия по … размежеванию": the subject stays as written)
			w = d.x.baseForm(w, e)
		}
		if i == len(toks)-1 && i > 0 {
			if full, ok := abbreviatedHeadWords[textcase.Lower(w)]; ok {
				w = full // "Каркар. у." → "Karkar. uezd"
			}
			if head, ok := kyUnitHeads[textcase.Lower(w)]; ok && e.typ == dossier.Place && best.lang == "ky" {
				w = head // "Сары-Жаз районунда" → "Sary-Zhaz District"
			}
		}
		if i > 0 && t.Space {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	name := b.String()
	if isCapitals(name) {
		name = titleCase(name) // "REVOLUTIONARY COMMITTEE OF BUKHARA"
	}
	return d.x.cleanLatin(name)
}

// writtenFeminine reports an entity whose surname some mention writes in
// an oblique form only a woman's Russian-style surname takes (Бекназаровой,
// Ильиной), or in -ова/-ева before a given name in Kyrgyz (the surname of
// "Бекназарова Бурулчадан" is not declined).
func writtenFeminine(e *entity) bool {
	for _, m := range e.ments {
		l := textcase.Lower(m.person.Last)
		if m.rule == "person-ky-surname-first" && (strings.HasSuffix(l, "ова") || strings.HasSuffix(l, "ева")) {
			return true // "Бекназарова Бурулчадан": Kyrgyz declines the last word, the surname is as written
		}
		for _, end := range []string{"овой", "евой", "ёвой", "иной", "ыной"} {
			if strings.HasSuffix(l, end) {
				return true
			}
		}
	}
	return false
}

// cleanLatin is cleanName of translit.Latin, remembered: the names of the
// same people and places come back in document after document.
func (x *Extractor) cleanLatin(s string) string {
	if cleanASCII(s) {
		return s // nothing to romanise or to trim: cleanName(translit.Latin(s)) is s
	}
	return x.latin.Get(s, func(s string) string { return cleanName(translit.Latin(s)) })
}

// cleanASCII reports a name cleanName leaves as it is and that has no
// Cyrillic: ASCII, beginning with a letter or a digit and ending with one
// or a closing bracket, not in "'s".
func cleanASCII(s string) bool {
	if s == "" || !asciiAlnum(s[0]) || !asciiAlnum(s[len(s)-1]) && s[len(s)-1] != ')' || strings.HasSuffix(s, "'s") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// entityIRI is schema.EntityIRI, remembered.
func (x *Extractor) entityIRI(t dossier.EntityType, name string) string {
	if k := x.kindOf(t); k != nil {
		return k.iris.Get(name, func(string) string { return schema.EntityIRI(t, name) })
	}
	return x.iris.Get(string(t)+"\x00"+name, func(string) string { return schema.EntityIRI(t, name) })
}

// isCapitals reports a name of more than one word written in capitals.
func isCapitals(s string) bool {
	return inCapitals(s) && strings.Contains(s, " ")
}

// inCapitals reports text of more than four letters, none of them lower
// case (isCapitals of the text with a space after it).
func inCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if isLower(r) {
			return false
		}
		if textcase.IsLetter(r) {
			letters++
		}
	}
	return letters > 4
}

// isLower is unicode.IsLower, without its tables for ASCII and the basic
// Russian alphabet.
func isLower(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z'
	case 0x410 <= r && r <= 0x44F: // А…я
		return r >= 0x430
	}
	return unicode.IsLower(r)
}

// ruNominative puts a Russian name in an oblique case into the nominative
// in place, as far as its head goes ("Маргеланского уезда" → "Маргеланский
// уезд", "Главного суда" → "Главный суд", "Закаспийской области" →
// "Закаспийская область"): the adjectives before the head noun take the
// head's gender in the nominative, the head its base form, and the words
// after it (a genitive complement: "Совета Народных Комиссаров") stay. It
// returns the head's index, or -1 when it changed nothing.
func (x *Extractor) ruNominative(words []string, e *entity) int {
	head := -1
	for i, w := range words {
		if w == "-" {
			continue
		}
		if !translit.HasCyrillic(w) || isAllCaps(w) && len([]rune(w)) <= 4 {
			if head < 0 && i > 0 {
				return -1 // an acronym or a Latin word before any head
			}
			continue
		}
		if !ruAdjForm(w) && !(i+2 < len(words) && words[i+1] == "-" && ruCompoundAdjTail(words[i+2])) || x.ruHeadNoun(w) {
			head = i // (not the first part of "Джалал-Абадским"; "отделом" is no adjective)
			break
		}
	}
	if head < 0 {
		return -1
	}
	base := x.baseForm(words[head], e)
	words[head] = base
	gender := nounGender(base)
	for i := 0; i < head; i++ {
		if translit.HasCyrillic(words[i]) && ruAdjForm(words[i]) {
			words[i] = adjNominative(words[i], gender)
		}
	}
	return head
}

// ruCompoundAdjTail reports the second part of a hyphenated Russian
// adjective: an ending no nominative noun has ("Абадским") or a -ск-
// adjective ("Киргизский"); not "Токой" (Ак-Токой, a village).
func ruCompoundAdjTail(w string) bool {
	l := textcase.Lower(w)
	return ruAdjForm(w) && (hasAnySuffix(l, "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю") || strings.Contains(l, "ск") || strings.Contains(l, "цк"))
}

// ruHeadNoun reports a Russian word some reading of which is a head noun
// of a body or a place the lexicon knows ("отделом": "отдел").
func (x *Extractor) ruHeadNoun(w string) bool {
	lx := x.lex.For("ru")
	for _, a := range x.memo.Russian(w) {
		if lx.OrgHeads.Has(a.Stem) || lx.PlaceHeads.Has(a.Stem) {
			return true
		}
	}
	return false
}

// ruAdjForm reports a Russian adjective in some case (ending -ого, -ой, …).
func ruAdjForm(w string) bool {
	l := textcase.Lower(w)
	if len([]rune(l)) < 5 {
		return false
	}
	for _, e := range []string{"ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю", "ых", "их", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие"} {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// nounGender guesses a Russian noun's gender from its base form: "f" for
// -а, -я, -ь (область), "n" for -о, -е, "m" otherwise.
func nounGender(base string) byte {
	switch {
	case strings.HasSuffix(base, "а") || strings.HasSuffix(base, "я") || strings.HasSuffix(base, "ь"):
		return 'f'
	case strings.HasSuffix(base, "о") || strings.HasSuffix(base, "е"):
		return 'n'
	}
	return 'm'
}

// adjNominative gives a Russian adjective's nominative singular of gender
// g, keeping its capital.
func adjNominative(w string, g byte) string {
	r := []rune(w)
	stem := string(r[:len(r)-2])
	if len(r) > 3 && (strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "его") || strings.HasSuffix(w, "ому") || strings.HasSuffix(w, "ему")) {
		stem = string(r[:len(r)-3])
	}
	last := []rune(stem)
	soft := len(last) > 0 && strings.ContainsRune("кгхжшчщ", last[len(last)-1])
	switch g {
	case 'f':
		return stem + "ая"
	case 'n':
		return stem + "ое"
	}
	if soft {
		return stem + "ий"
	}
	return stem + "ый"
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if textcase.IsLetter(r) {
			if !textcase.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

// abbreviatedHeadWords spell out the dictionary abbreviations of
// administrative units in preferred names.
var abbreviatedHeadWords = map[string]string{
	"у": "uezd", "обл": "oblast", "губ": "guberniya", "окр": "okrug", "р-н": "raion", "вол": "volost",
}

// kyUnitHeads name in English the Kyrgyz head nouns of administrative
// units and valleys, as their base forms end an unknown place's name, the
// way the gazetteer names the known ones ("Кочкор району" is Kochkor
// District, "Атаке болуштугу" Atake Volost).
var kyUnitHeads = map[string]string{
	"район": "District", "уезд": "Uezd", "болуштук": "Volost", "облус": "Oblast", "кантон": "Canton", "өрөөн": "Valley",
}

func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
}

// baseForm picks a word's base form: its first non-identity reading when
// that reading strips a case ending, else the word. For a place or a body,
// a reading whose stem is a head noun of the lexicon comes first.
func (x *Extractor) baseForm(w string, e *entity) string {
	if e.typ == dossier.Place || e.typ == dossier.Organization {
		if x.lex.Any(textcase.Lower(w), func(l *lexicon.Lang) lexicon.Set { return l.OrgHeads }) {
			return w // a head noun as the lexicon writes it: "комиссия"
		}
	}
	an := x.memo.Analyze(w)
	if e.typ == dossier.Place || e.typ == dossier.Organization {
		if a, ok := x.headReading(an); ok {
			return a.Stem
		}
	}
	for _, a := range an[1:] {
		if a.Lang == "en" || a.Case != morph.Nom || a.Poss || a.Plural {
			return a.Stem
		}
	}
	return w
}

// headReading returns the reading of a word, among several, whose stem is
// a head noun of a place or a body that the lexicon knows: Kyrgyz "району"
// is "район" + possessive, not "райо" + accusative, and "кыштагы" is
// "кыштак" + possessive, not "кыш" + attributive locative.
func (x *Extractor) headReading(an []morph.Analysis) (morph.Analysis, bool) {
	if len(an) <= 2 {
		return morph.Analysis{}, false
	}
	for _, a := range an[1:] {
		if lx := x.lex.For(a.Lang); lx.PlaceHeads.Has(a.Stem) || lx.OrgHeads.Has(a.Stem) || (a.Lang == "ky" || a.Lang == "kk") && names.KyPlaceWord(a.Stem) {
			return a, true
		}
	}
	return morph.Analysis{}, false
}

// bestForm chooses, among the forms a part of a name takes in the entity's
// mentions, the base form: a stem that also occurs as written scores
// highest, then the stem most forms share; Latin forms win (they are
// already romanised by the source).
func (x *Extractor) bestForm(e *entity, part func(*mention) string) string {
	// an entity has a few forms and stems: lists, not maps
	type stemScore struct {
		stem string
		n    int
	}
	var seen []string
	var score []stemScore
	others := false
	for _, m := range e.ments {
		others = others || !m.altName && part(m) != ""
	}
	for _, m := range e.ments {
		p := part(m)
		if p == "" || m.altName && others {
			continue
		}
		if (m.lastCase == morph.Nom || m.lastCase == morph.Unknown) && !slices.Contains(seen, p) {
			seen = append(seen, p) // an inflected form is not a base form, even as written
		}
	stems:
		for _, s := range x.memo.Stems(p) {
			for i := range score {
				if score[i].stem == s {
					score[i].n++
					continue stems
				}
			}
			score = append(score, stemScore{s, 1})
		}
	}
	best, bs := "", -1
	for _, c := range score {
		s, v := c.stem, c.n
		if slices.Contains(seen, s) {
			v += 3
		}
		if !translit.HasCyrillic(s) {
			v += 2
		}
		if v > bs || (v == bs && (len(s) < len(best) || (len(s) == len(best) && s < best))) {
			best, bs = s, v
		}
	}
	return best
}

// akaCues introduce another name of the same person: "(aka Ibragim Bek)",
// ", туурасы Эшенаалы Арабай уулу", "(он же …)", "(pen name …)".
var akaCues = [][]string{
	{"aka"}, {"a", ".", "k", ".", "a"}, {"also", "known", "as"}, {"known", "as"}, {"real", "name"}, {"pen", "name"},
	{"nee"}, {"née"}, {"maiden", "name"},
	{"он", "же"}, {"она", "же"}, {"настоящее", "имя"}, {"псевдоним"}, {"урожденный"}, {"урожденная"}, {"урожд"},
	{"туурасы"}, {"чыныгы", "аты"}, {"лакап", "аты"}, {"каймана", "аты"},
}

// mergeAliases joins people whose names a text declares the same:
// "Kazybek Kazalchy (aka Kazybek Mambetimin-uulu)", "Ишеналы Арабаев,
// туурасы Эшенаалы Арабай уулу".
func (d *docState) mergeAliases() {
	for si := range d.sents {
		toks := d.sents[si].Tokens
		for _, m := range d.ments[si] {
			if m.typ != dossier.Person || m.ent == nil {
				continue
			}
			k := m.end
			if k < len(toks) && (toks[k].Text == "(" || toks[k].Text == ",") {
				k++
			}
			if o := d.bracketedSameGiven(si, m, k); o != nil {
				// "Сыдык Карачев (Сыдык Карач уулу, 1885–1937)": the same
				// man's name in another form
				o.altName = true
				d.mergeAlias(m.ent, o.ent)
				continue
			}
			n := matchCue(toks, k)
			if n == 0 {
				continue
			}
			maiden := toks[k].Lower == "nee" || toks[k].Lower == "née" || toks[k].Lower == "maiden" || strings.HasPrefix(toks[k].Lower, "урожд")
			k += n
			for _, o := range d.ments[si] {
				if o.typ == dossier.Person && o.ent != nil && o.ent != m.ent && o.start >= k && o.start <= k+1 {
					// a maiden name is another name of hers, not the one
					// she is known by
					o.altName = maiden
					d.mergeAlias(m.ent, o.ent)
					break
				}
			}
		}
	}
}

// mergeAlias joins two entities found to be one person under another
// name, keeping the gazetteer's if one is known.
func (d *docState) mergeAlias(a, b *entity) {
	if b.entry >= 0 && a.entry < 0 {
		a, b = b, a
	}
	d.merge(a, b)
}

// bracketedSameGiven returns the person named right inside the bracket
// that opens before k, right after m, with m's given name and ending at a
// comma, a semicolon or the closing bracket: the same person's name
// written another way. nil for anything else.
func (d *docState) bracketedSameGiven(si int, m *mention, k int) *mention {
	toks := d.sents[si].Tokens
	if k == 0 || k > len(toks) || toks[k-1].Text != "(" || m.person.First == "" {
		return nil
	}
	for _, o := range d.ments[si] {
		if o.typ != dossier.Person || o.ent == nil || o.ent == m.ent || o.start != k || o.person.First == "" {
			continue
		}
		if o.end < len(toks) && toks[o.end].Text != "," && toks[o.end].Text != ";" && toks[o.end].Text != ")" {
			return nil
		}
		if !shareKey(d.x.nameKeys(m.person.First), d.x.nameKeys(o.person.First)) {
			return nil
		}
		return o
	}
	return nil
}

func matchCue(toks []segment.Token, k int) int {
	for _, cue := range akaCues {
		if k+len(cue) > len(toks) {
			continue
		}
		ok := true
		for j, w := range cue {
			if !strings.EqualFold(toks[k+j].Text, w) {
				ok = false
				break
			}
		}
		if ok {
			// "aka:" or "туурасы," may carry punctuation after the cue
			n := len(cue)
			if k+n < len(toks) && (toks[k+n].Text == ":" || toks[k+n].Text == ",") {
				n++
			}
			return n
		}
	}
	return 0
}

// mergeGenericBodies reads a body named only generically ("Совнарком",
// "СНК", "ЦИК": names the gazetteer marks ambiguous, and gives to the
// Union's or the RSFSR's body by default) as the one body of the document
// whose full name begins with that word ("Совнарком Киргизской АССР") and
// which is a body of the same kind, when the document names exactly one
// such body: a regional paper's "Совнарком" is its republic's.
func (d *docState) mergeGenericBodies() {
	for _, g := range append([]*entity(nil), d.ents...) {
		if g.entry < 0 || g.typ != dossier.Organization || !allWeak(g) {
			continue
		}
		heads := map[string]bool{}
		for _, m := range g.ments {
			if m.end-m.start == 1 {
				heads[d.normKey(m)] = true
			}
		}
		if len(heads) == 0 {
			continue
		}
		var only *entity
		n := 0
		for _, e := range d.ents {
			if e == g || e.typ != dossier.Organization || e.entry < 0 || allWeak(e) || e.entry == g.entry {
				continue
			}
			if gc, ec := d.x.gaz.Entry(g.entry).Class, d.x.gaz.Entry(e.entry).Class; gc != "" && ec != "" && gc != ec {
				continue // the party "Алаш" is not the government Alash Orda
			}
			if d.namedByHead(e, heads) {
				only = e
				n++
			}
		}
		if n == 1 {
			d.merge(only, g)
			continue
		}
		if n == 0 {
			d.localBody(g)
		}
	}
}

// namesCentre reports a sentence that names Moscow or the Kremlin, where
// the Union's and the RSFSR's bodies sat: a generic body there is theirs.
func (d *docState) namesCentre(si int) bool {
	for _, m := range d.ments[si] {
		if m.typ == dossier.Place && m.entry >= 0 {
			if id := d.x.gaz.Entry(m.entry).ID; id == "moscow" || id == "kremlin" {
				return true
			}
		}
	}
	return false
}

// localBody reads a generic body with the place of the document: the one
// body the gazetteer names by the generic word and a place the document
// names ("Совнарком" in a document about the Kyrgyz ASSR: the Sovnarkom of
// the Kyrgyz ASSR). Several such bodies leave it as it is.
func (d *docState) localBody(g *entity) {
	for _, m := range g.ments {
		if d.namesCentre(m.sent) {
			return // "Москва, Кремль, Председателю Совнаркома Ленину"
		}
	}
	// the document's places: named on their own, or inside the names of
	// its other bodies ("ЦИК Киргизской АССР")
	places := map[int]bool{}
	for _, e := range d.ents {
		switch {
		case e.entry < 0 || e == g:
		case e.typ == dossier.Place:
			places[e.entry] = true
		case e.typ == dossier.Organization:
			for _, p := range d.x.gaz.PlacesOf(e.entry) {
				places[p] = true
			}
		}
	}
	found := -1
	for _, p := range sortedKeys(places) {
		for _, m := range g.ments {
			if m.end-m.start != 1 {
				continue
			}
			for _, st := range d.x.memo.Stems(d.sents[m.sent].Tokens[m.start].Text) {
				if b := d.x.gaz.Composed(st, p); b >= 0 && b != g.entry {
					if found >= 0 && found != b {
						return
					}
					found = b
				}
			}
		}
	}
	if found < 0 {
		return
	}
	for _, e := range d.ents {
		if e.entry == found && e != g {
			d.merge(e, g)
			return
		}
	}
	g.entry = found
	for _, m := range g.ments {
		m.entry = found
	}
}

// entityIndex is the index of e in es, -1 if it is not there.
func entityIndex(es []*entity, e *entity) int {
	for i, o := range es {
		if o == e {
			return i
		}
	}
	return -1
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// allWeak reports an entity every mention of which is an ambiguous name.
func allWeak(e *entity) bool {
	for _, m := range e.ments {
		if !m.weak {
			return false
		}
	}
	return len(e.ments) > 0
}

// namedByHead reports a gazetteer body with a name of two words or more
// whose first word has one of the keys heads.
func (d *docState) namedByHead(e *entity, heads map[string]bool) bool {
	for _, n := range d.x.gaz.Entry(e.entry).Names() {
		first, rest, ok := strings.Cut(n.Text, " ")
		if !ok || rest == "" {
			continue
		}
		if heads[d.x.wordKey(first)] {
			return true
		}
	}
	return false
}

// mergeShortForms joins an unknown organisation, event or place named by
// the last words of exactly one longer name of the same type in the
// document ("Supreme Court" after "Uzbek Supreme Court").
func (d *docState) mergeShortForms() {
	// the short forms; merges leave these as they are
	var shorts []shortForm
	var types []dossier.EntityType // the types of the short forms
	for _, short := range d.ents {
		if short.entry >= 0 || short.typ == dossier.Person || short.key == "" {
			continue
		}
		sk := short.key
		if t := string(short.typ); len(sk) > len(t) && sk[:len(t)] == t && sk[len(t)] == '/' {
			sk = sk[len(t)+1:]
		}
		if len(sk) < 6 {
			continue
		}
		shorts = append(shorts, shortForm{short, sk})
		if !slices.Contains(types, short.typ) {
			types = append(types, short.typ)
		}
	}
	if len(shorts) == 0 {
		return
	}
	// the keys long enough to end with a short one, of the mentions of
	// those types: a merge moves mentions between entities of one type,
	// and m.ent follows them. A mention whose last word's key fits no
	// short key at its end can have no such key, and its key is not made.
	type keyed struct {
		m    *mention
		k    string
		last byte // k's last byte
	}
	var keys []keyed
	index := newShortForms(shorts)
	for _, e := range d.ents {
		if !slices.Contains(types, e.typ) {
			continue
		}
		for _, m := range e.ments {
			if m.nkey == "" && !d.mayEndWith(m, index) {
				continue
			}
			if k := d.normKey(m); len(k) > 6 {
				keys = append(keys, keyed{m, k, k[len(k)-1]})
			}
		}
	}
	// a short key is looked for only among the keys that end in its last
	// byte
	keys, keysAt := byLastByte(keys, func(c *keyed) byte { return c.last })
	var named []*entity // the entities with a longer name ending in a short one
	for _, sf := range shorts {
		short, sk := sf.e, sf.sk
		named = named[:0]
		last := sk[len(sk)-1]
		for _, c := range keys[keysAt[last]:keysAt[int(last)+1]] {
			if len(c.k) <= len(sk) {
				continue
			}
			if e := c.m.ent; e != short && e.typ == short.typ && strings.HasSuffix(c.k, sk) && !slices.Contains(named, e) {
				named = append(named, e)
			}
		}
		if len(named) == 0 {
			continue
		}
		// among the longer names ending in the short one, the one named last
		// before the short form's first use
		first := short.ments[0]
		var long *entity
		bestPos := -1
		for _, e := range d.ents {
			if !slices.Contains(named, e) {
				continue
			}
			if p := lastPos(e, first); p > bestPos || long == nil && p == bestPos {
				long, bestPos = e, p
			}
		}
		if long != nil {
			d.merge(long, short)
		}
	}
}
