package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/dates"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
)

// record is one archive card or memorial-book record: a run of "Label:
// value" lines (Фамилия: …, Туулган жылы: …, Executed: …) or a heading with
// the person's name (ХОДЖАЕВ Файзулла Убайдуллаевич) followed by such lines.
type record struct {
	first, last  int        // sentence range, inclusive
	bio          bool       // a dictionary entry: prose, not fields, follows
	names        []*mention // the person's name as the record gives it
	aliases      []*mention // pen names, aka
	subject      *entity
	surnameField bool // a surname field has named the person
}

// field is a "Label: value" part of a line; a line may hold several,
// separated by semicolons ("Год рождения: 1887; Место рождения: …").
type field struct {
	key    string // meaning of the label: "birth", "execution", …
	place  bool   // the label asks for a place ("Place of birth", "Место рождения")
	start  int    // token index of the label
	vstart int    // token index where the value starts
	vend   int    // token index where the value ends
}

// findRecords reads the document's cards: their fields, their boundaries,
// and the person each is about, whose name is assembled from the heading
// or from the surname, name and patronymic fields and given to every
// mention of it in the record (so the resolver makes them one person).
func (d *docState) findRecords() {
	d.fields = make([][]field, len(d.sents))
	rr := &recordReader{d: d}
	rows := d.tableRows()
	// the lines' fields, all in one slab (a card's line has about one),
	// each line's capped so that no append reaches the next line's
	slab := make([]field, 0, len(d.sents))
	for si := range d.sents {
		if fs, ok := rows[si]; ok {
			// a table's row is a record of its own; its header, none
			rr.close()
			d.fields[si] = fs
			for _, f := range fs {
				d.placeValue(si, f)
				rr.line(si, f)
			}
			rr.close()
			continue
		}
		from := len(slab)
		slab = d.appendFields(slab, d.sents[si].Tokens, d.sentText(si))
		var fs []field
		if len(slab) > from {
			fs = slab[from:len(slab):len(slab)]
		}
		d.fields[si] = fs
		for _, f := range fs {
			d.placeValue(si, f)
		}
		if len(fs) == 0 {
			rr.line(si, field{})
		}
		for _, f := range fs {
			rr.line(si, f)
		}
	}
	rr.close()
	for ri, r := range d.records {
		d.assembleName(r)
		for _, m := range r.names {
			m.rec = ri + 1
		}
	}
}

// recordReader follows the records of a document line by line.
type recordReader struct {
	d   *docState
	cur *record
}

// close ends the current record, keeping it if it names its person.
func (rr *recordReader) close() {
	if rr.cur != nil && len(rr.cur.names) > 0 {
		rr.d.records = append(rr.d.records, rr.cur)
	}
	rr.cur = nil
}

// open returns the current record, starting one at sentence si if none.
func (rr *recordReader) open(si int) *record {
	if rr.cur == nil {
		rr.cur = &record{first: si}
	}
	rr.cur.last = si
	return rr.cur
}

// line reads one field of sentence si, or the whole sentence when f has
// no key.
func (rr *recordReader) line(si int, f field) {
	d := rr.d
	toks := d.sents[si].Tokens
	if f.key == "given" && (rr.cur == nil || !rr.cur.surnameField) && capitalWords(toks[f.vstart:f.vend]) >= 2 {
		// "Name: Kasenov Dauletkhan" with no surname field: the full name,
		// and a new card
		f.key = "fullname"
	}
	switch {
	case f.key == "" && isSeparator(toks):
		rr.close()
	case f.key == "surname" || f.key == "fullname":
		if rr.cur != nil && len(rr.cur.names) > 0 {
			rr.close()
		}
		cur := rr.open(si)
		cur.surnameField = cur.surnameField || f.key == "surname"
		if m := d.valueName(si, f.vstart, f.vend, f.key); m != nil {
			cur.names = append(cur.names, m)
		}
	case f.key == "given" || f.key == "patronymic" || f.key == "alias":
		cur := rr.open(si)
		if m := d.valueName(si, f.vstart, f.vend, f.key); m != nil {
			if f.key == "alias" {
				cur.aliases = append(cur.aliases, m)
			} else {
				cur.names = append(cur.names, m)
			}
		}
	case f.key != "":
		rr.open(si)
	case d.isNameHeading(si):
		rr.close()
		cur := rr.open(si)
		if m := d.headingName(si); m != nil {
			cur.names = append(cur.names, m)
		}
	case d.bioHeading(si) != nil:
		// "85.Кулатов Торобай (1908-1984) — …": a dictionary entry
		rr.close()
		rr.cur = &record{first: si, last: si, bio: true, names: []*mention{d.bioHeading(si)}}
	case rr.cur != nil && rr.cur.bio && si > 0 && d.sents[si].Para != d.sents[si-1].Para && d.opensWithFullName(si):
		// a new paragraph about someone else ends a dictionary entry
		rr.close()
		if d.lifeEventIn(si) {
			rr.cur = &record{first: si, last: si, bio: true, names: []*mention{d.fullNameAt(si)}}
		}
	case (si == 0 || d.sents[si].Para != d.sents[si-1].Para || isRecordNumber(d.sents[si-1].Tokens)) && d.opensWithFullName(si) && (d.lifeEventIn(si) || d.nameThenEvent(si)):
		// a memorial book's paragraph: the full name, then what befell
		// the person in sentences without a subject ("Кадыров Мамбет
		// Ашырбек уулу 1876-жылы … туулган. … камакка алынган.")
		rr.close()
		rr.cur = &record{first: si, last: si, bio: true, names: []*mention{d.fullNameAt(si)}}
	case rr.cur != nil && !rr.cur.bio && d.opensWithLifeEvent(si):
		// a record's line that opens with what befell its person ("Born
		// 1886, Tekesu aul, …"; "Shot on 10 November 1937 in Alma-Ata.")
		rr.cur.last = si
	default:
		// a continuation ("ранее — председатель …") or a short note stays
		// in the record; a paragraph of prose ends it
		if rr.cur != nil && !rr.cur.bio && len(toks) > 0 && !isRecordNumber(toks) && len(toks) > 14 && toks[0].Upper() {
			rr.close()
		} else if rr.cur != nil {
			rr.cur.last = si
		}
	}
}

// capitalWords counts the capitalised words of toks.
func capitalWords(toks []segment.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == segment.Word && t.Upper() {
			n++
		}
	}
	return n
}

// tableRows reads the tables written with bars: a header line whose cells
// are field labels (two or more of them, one naming the person: "Surname |
// Given name | Born | …"), then each line with as many cells, a record whose
// fields are its cells under their column's label. The header maps to no
// fields; each row to its fields.
func (d *docState) tableRows() map[int][]field {
	var out map[int][]field
	var keys []string
	var places []bool
	for si := range d.sents {
		toks := d.sents[si].Tokens
		var cells [][2]int
		if strings.IndexByte(d.sentText(si), '|') >= 0 {
			cells = barCells(toks) // (a line without the byte has no bar)
		}
		if len(cells) < 3 {
			keys = nil
			continue
		}
		if len(keys) == len(cells) {
			var fs []field
			for c, cell := range cells {
				if keys[c] != "" && cell[1] > cell[0] {
					fs = append(fs, field{key: keys[c], place: places[c], start: cell[0], vstart: cell[0], vend: cell[1]})
				}
			}
			if out == nil {
				out = map[int][]field{}
			}
			out[si] = fs
			continue
		}
		// a header?
		keys = make([]string, len(cells))
		places = make([]bool, len(cells))
		named, known := false, 0
		for c, cell := range cells {
			var words []string
			for _, t := range toks[cell[0]:cell[1]] {
				if t.Kind == segment.Word {
					words = append(words, t.Lower)
				}
			}
			keys[c] = d.x.lex.FieldAny(strings.Join(words, " "))
			places[c] = placeLabel(words)
			if keys[c] != "" {
				known++
			}
			switch keys[c] {
			case "surname", "fullname":
				named = true
			}
		}
		if !named || known < 2 {
			keys = nil
			continue
		}
		if out == nil {
			out = map[int][]field{}
		}
		out[si] = nil
	}
	return out
}

// barCells splits a line at its bars into cells, as token ranges
// (a bar at either end starts or ends no cell); nil for a line without
// bars.
func barCells(toks []segment.Token) [][2]int {
	var out [][2]int
	start := 0
	bars := 0
	for k, t := range toks {
		if t.Text != "|" {
			continue
		}
		bars++
		if k > start || len(out) > 0 {
			out = append(out, [2]int{start, k})
		}
		start = k + 1
	}
	if bars == 0 {
		return nil
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// sentText is the clean text of sentence si.
func (d *docState) sentText(si int) string {
	sp := d.sents[si].Span
	return d.tx.Clean[sp.Start:sp.End]
}

// appendFields appends the fields of a line (tokens toks, text text) to
// dst: a "Label:" at its start, and more after semicolons ("…; Место
// рождения: …; Национальность: …").
func (d *docState) appendFields(dst []field, toks []segment.Token, text string) []field {
	if strings.IndexByte(text, ':') < 0 && !strings.Contains(text, "—") && !strings.Contains(text, "–") {
		return dst // every label ends at a colon or a dash (fieldOf)
	}
	from := len(dst)
	if f := d.fieldOf(toks); f.key != "" {
		dst = append(dst, f)
	}
	if strings.IndexByte(text, ';') < 0 {
		return dst // no semicolon, no more fields
	}
	for k, t := range toks {
		if t.Text != ";" || k+1 >= len(toks) {
			continue
		}
		f := d.fieldOf(toks[k+1:])
		if f.key == "" {
			continue
		}
		f.start += k + 1
		f.vstart += k + 1
		f.vend += k + 1
		if len(dst) > from {
			dst[len(dst)-1].vend = k
		}
		dst = append(dst, f)
	}
	return dst
}

// fieldOf reads a "Label:" (or "Label —") at the start of a sentence.
func (d *docState) fieldOf(toks []segment.Token) field {
	colon := -1
	for i, t := range toks {
		if i > 8 {
			break
		}
		if t.Text == ":" || t.Text == "—" || t.Text == "–" {
			colon = i
			break
		}
	}
	if colon <= 0 || colon+1 >= len(toks) {
		return field{}
	}
	if toks[colon].Text != ":" && !toks[colon].Space {
		return field{} // a dash is a label's only with a space before it: "Фамилия — Бектемиров"
	}
	// the label has at most eight tokens: its words, and the words joined
	// by spaces (as the lexicon looks labels up), fit on the stack
	var buf [8]string
	var joined [64]byte
	words := buf[:0]
	label := joined[:0]
	for i := range toks[:colon] {
		t := &toks[i]
		switch {
		case t.Kind == segment.Word:
			if len(words) > 0 {
				label = append(label, ' ')
			}
			words = append(words, t.Lower)
			label = append(label, t.Lower...)
		case t.Text == "," || t.Text == "." || t.Text == "-" || t.Text == "'" || t.Text == "(" || t.Text == ")":
		default:
			return field{}
		}
	}
	key := d.x.lex.FieldAny(string(label))
	if key == "" {
		return field{}
	}
	return field{key: key, place: placeLabel(words), vstart: colon + 1, vend: len(toks)}
}

// placeLabel reports a field label that asks for a place.
func placeLabel(words []string) bool {
	for _, w := range words {
		switch w {
		case "place", "where", "место", "месте", "места", "жери", "жайы", "жер", "орду":
			return true
		}
	}
	return false
}

// placeValue makes the value of a place field a place when the
// recognisers found none in it: its first capitalised words, joined by
// hyphens ("Place of birth: Kara-Buura", "Туулган жери: Чоң-Капка").
func (d *docState) placeValue(si int, f field) {
	if !f.place {
		return
	}
	switch f.key {
	case "birth", "death", "execution", "exile", "residence", "burial":
	default:
		return
	}
	for _, m := range d.ments[si] {
		if m.start >= f.vstart && m.end <= f.vend && m.typ == dossier.Place {
			return
		}
	}
	toks := d.sents[si].Tokens
	a := f.vstart
	for a < f.vend && toks[a].Kind != segment.Word {
		if toks[a].Kind == segment.Number {
			return // a date first: "1902, Talas" is read as it is
		}
		a++
	}
	if a >= f.vend || !toks[a].Upper() || d.commonWord(toks[a].Lower) {
		return
	}
	b := a + 1
	for b+1 < f.vend && toks[b].Text == "-" && !toks[b].Space && !toks[b+1].Space && toks[b+1].Kind == segment.Word {
		b += 2
	}
	for _, o := range d.ments[si] {
		if o.start < b && o.end > a {
			if o.start < a || o.end > b {
				return // part of a longer name the recognisers read
			}
		}
	}
	for _, o := range d.ments[si] {
		if o.start >= a && o.end <= b {
			d.removeMention(o)
		}
	}
	m := d.newMention(si, a, b, "card-place", 0.8)
	m.typ = dossier.Place
	d.addMention(si, m)
}

func isSeparator(toks []segment.Token) bool {
	if len(toks) == 0 {
		return true
	}
	for _, t := range toks {
		if t.Kind == segment.Word || t.Kind == segment.Number {
			return false
		}
	}
	return true
}

// isRecordNumber reads "№ 1", "Record 2", "Запись 3".
func isRecordNumber(toks []segment.Token) bool {
	if len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if t.Kind == segment.Number {
			return true
		}
	}
	return false
}

// isNameHeading: a line holding only a name whose first word is written in
// capitals (ХОДЖАЕВ Файзулла Убайдуллаевич, IKRAMOV Akmal).
//
// The words are looked up (commonWord) only once the line has the shape
// of a heading, which most lines do not.
func (d *docState) isNameHeading(si int) bool {
	toks := d.sents[si].Tokens
	var at [4]int // the name's words
	words, depth, first := 0, 0, true
	for i, t := range toks {
		// other forms of the name in brackets ("SEIFULLIN Saken (Sadvakas)
		// (Kazakh: Сәкен Сейфуллин)") and an item number before it
		if t.Text == "(" || t.Text == "[" {
			depth++
			continue
		}
		if t.Text == ")" || t.Text == "]" {
			depth--
			continue
		}
		if depth > 0 || first && (t.Kind == segment.Number || t.Text == "." && i > 0 && toks[i-1].Kind == segment.Number) {
			continue
		}
		switch {
		case t.Kind == segment.Word && t.Upper():
			if first && (!t.AllCaps() || len([]rune(t.Text)) < 4 || !hasVowel(t.Text) || pluralAdjective(t.Text)) {
				return false // "БИОГРАФИЧЕСКИЕ СПРАВКИ" is a title, not a name
			}
			first = false
			if words == len(at) {
				return false // more than four words
			}
			at[words] = i
			words++
		case t.Kind == segment.Punct && (t.Text == "," || t.Text == "." || t.Text == "-"):
		default:
			return false
		}
	}
	if words < 2 {
		return false
	}
	for _, m := range d.ments[si] {
		if m.typ != dossier.Person {
			return false // "KGB Cards": a heading about a body, not a name
		}
	}
	for _, i := range at[:words] {
		if d.commonWord(toks[i].Text) {
			return false // "ШИФРОВАННАЯ ТЕЛЕГРАММА", "СЕКРЕТАРЬ ЦК"
		}
	}
	return true
}

// commonWord reports a word the lexicons know as something other than a
// name: a function word, a title, a role, a head noun of a body, place or
// event, a word for a work or a letter, in any of their forms.
func (d *docState) commonWord(w string) bool {
	return d.x.common.Get(textcase.Lower(w), d.x.commonWordUncached)
}

func (x *Extractor) commonWordUncached(lw string) bool {
	for _, st := range x.memo.Stems(lw) {
		if x.lex.Any(st, stopwordsOf) || x.lex.Any(st, titlesOf) || x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.Roles }) ||
			x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.OrgHeads }) || x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.PlaceHeads }) ||
			x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.EventHeads }) || x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.WorkCues }) {
			return true
		}
	}
	for _, l := range []string{"ru", "ky", "en"} {
		lx := x.lex.For(l)
		for _, fam := range []string{"letter_nouns", "head_roles", "member_roles"} {
			if lx.MatchAny(fam, []string{lw}, 0) > 0 {
				return true
			}
		}
	}
	return false
}

// pluralAdjective reports a Russian adjective in the plural or neuter
// ("БИОГРАФИЧЕСКИЕ", "ЛИЧНОЕ"), which no surname is.
func pluralAdjective(w string) bool {
	l := textcase.Lower(w)
	for _, e := range []string{"ие", "ые", "ое", "ее", "ых", "их"} {
		if strings.HasSuffix(l, e) && len([]rune(l)) > 5 {
			return true
		}
	}
	return false
}

func hasVowel(w string) bool {
	return strings.ContainsAny(textcase.Lower(w), "aeiouyаеёиоуыэюяөү")
}

// nameLike reports tokens [a, b) with a word shaped like a surname or a
// known given name (a card's heading "ZHANSUGUROV Ilyas"; not "AWAIT
// ORDERS").
func (d *docState) nameLike(si, a, b int) bool {
	toks := d.sents[si].Tokens
	for k := a; k < b; k++ {
		if t := toks[k]; t.Kind == segment.Word && (surnameGender(t.Text) != 0 || d.isGivenName(t.Text) || d.x.names.Surname(t.Text, d.sents[si].Lang)) {
			return true
		}
	}
	return false
}

// headingName returns the person mention of a name heading, making one if
// the recognisers found none.
func (d *docState) headingName(si int) *mention {
	for _, m := range d.ments[si] {
		if m.typ == dossier.Person {
			return m
		}
	}
	toks := d.sents[si].Tokens
	// the name's parts outside brackets, a hyphenated part whole
	// ("MESSERER-PLISETSKAYA Rakhil")
	type part struct{ a, b int }
	var ps []part
	depth := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Text == "(" || t.Text == "[":
			depth++
		case t.Text == ")" || t.Text == "]":
			depth--
		case depth == 0 && t.Kind == segment.Word:
			b := i + 1
			for b+1 < len(toks) && toks[b].Text == "-" && !toks[b].Space && !toks[b+1].Space && toks[b+1].Kind == segment.Word {
				b += 2
			}
			ps = append(ps, part{i, b})
			i = b - 1
		}
	}
	if len(ps) < 2 {
		return nil
	}
	if !d.nameLike(si, ps[0].a, ps[len(ps)-1].b) {
		return nil // "AWAIT ORDERS.": a telegram's line in capitals, no name
	}
	text := func(p part) string { return d.tx.Clean[toks[p.a].Span.Start:toks[p.b-1].Span.End] }
	m := d.newMention(si, ps[0].a, ps[len(ps)-1].b, "card-heading", 0.9)
	m.typ = dossier.Person
	m.person = names.PersonName{Last: text(ps[0]), First: text(ps[1])}
	if len(ps) > 2 {
		m.person.Patronymic = text(ps[2])
	}
	d.addMention(si, m)
	return m
}

// valueName returns the person mention in a name field's value, making one
// from its first capitalised words if the recognisers found none.
func (d *docState) valueName(si, vstart, vend int, key string) *mention {
	toks := d.sents[si].Tokens[:vend]
	if key == "fullname" {
		if m := d.fullValueName(si, vstart); m != nil {
			return m
		}
	}
	for _, m := range d.ments[si] {
		if m.start >= vstart && m.end <= vend && m.typ == dossier.Person {
			if m.end-m.start == 1 {
				// one word: its field says which part of the name it is
				// ("Отчество: Бакирович" is no surname, "Фамилия:
				// Абдрахманов" a surname even when the gazetteer knows it)
				w := toks[m.start].Text
				switch key {
				case "given":
					m.person = names.PersonName{First: w}
				case "patronymic":
					m.person = names.PersonName{Patronymic: w}
				case "surname":
					m.person = names.PersonName{Last: w}
				}
			}
			return m
		}
	}
	a := vstart
	for a < len(toks) && toks[a].Kind != segment.Word {
		a++
	}
	if a >= len(toks) || !toks[a].Upper() {
		return nil // "—", "not stated"
	}
	b := a + 1
	for b < len(toks) && b-a < 3 && (toks[b].Kind == segment.Word && (toks[b].Upper() || isPatronymicTail(toks[b].Text)) || (toks[b].Text == "'" && !toks[b].Space)) {
		b++
	}
	// drop other mentions inside the value: the value is a name
	for _, o := range d.ments[si] {
		if o.start >= a && o.end <= b {
			d.removeMention(o)
		}
	}
	m := d.newMention(si, a, b, cardRule(key), 0.9)
	m.typ = dossier.Person
	text := d.surface(si, a, b)
	switch key {
	case "given":
		m.person.First = toks[a].Text
	case "patronymic":
		m.person.Patronymic = text
	default:
		m.person.Last = toks[a].Text
	}
	d.addMention(si, m)
	return m
}

// fullValueName reads a full-name field's value of two or three words,
// whatever the recognisers made of it ("Full name: Usenov, Kadyr",
// "ФИО: Бейшеев Токтосун Бейшеевич"): the surname first, as cards write it,
// unless a comma-less value's second word alone is what the recognisers
// took for a surname ("Kadyr Usenov"). It returns nil for a value of one
// word, or one the recognisers read whole.
func (d *docState) fullValueName(si, vstart int) *mention {
	toks := d.sents[si].Tokens
	a := vstart
	for a < len(toks) && toks[a].Kind != segment.Word {
		a++
	}
	if a >= len(toks) || !toks[a].Upper() {
		return nil
	}
	var parts []int
	comma := false
	for k := a; k < len(toks) && len(parts) < 3; k++ {
		t := toks[k]
		switch {
		case t.Kind == segment.Word && (t.Upper() || isPatronymicTail(t.Text)):
			parts = append(parts, k)
			continue
		case t.Text == "," && len(parts) == 1 && !comma:
			comma = true
			continue
		}
		break
	}
	if len(parts) < 2 {
		return nil
	}
	b := parts[len(parts)-1] + 1
	surnameFirst := true
	for _, o := range d.ments[si] {
		if o.typ != dossier.Person {
			continue
		}
		if o.start == a && o.end == b {
			return nil // read whole already
		}
		if !comma && o.start == parts[1] && o.end == parts[1]+1 {
			surnameFirst = false
		}
	}
	for _, o := range d.ments[si] {
		if o.start >= a && o.end <= b {
			d.removeMention(o)
		}
	}
	m := d.newMention(si, a, b, "card-fullname", 0.9)
	m.typ = dossier.Person
	m.lastCase = morph.Nom
	w := func(i int) string { return toks[parts[i]].Text }
	if surnameFirst {
		m.person.Last, m.person.First = w(0), w(1)
	} else {
		m.person.First, m.person.Last = w(0), w(1)
	}
	if len(parts) == 3 {
		m.person.Patronymic = w(2)
	}
	d.addMention(si, m)
	return m
}

func isPatronymicTail(w string) bool {
	switch textcase.Lower(w) {
	case "уулу", "кызы", "uulu", "kyzy", "o'g'li", "ogli", "qizi", "оглы", "улы", "ұлы", "қызы":
		return true
	}
	return false
}

// assembleName gives every name mention of a record the full name the
// record states.
func (d *docState) assembleName(r *record) {
	var p names.PersonName
	for _, m := range r.names {
		if m.person.Last != "" && p.Last == "" {
			p.Last = m.person.Last
		}
		if m.person.First != "" && p.First == "" {
			p.First = m.person.First
		}
		if m.person.Patronymic != "" && p.Patronymic == "" {
			p.Patronymic = m.person.Patronymic
		}
	}
	if p.Last == "" {
		return
	}
	for _, m := range r.names {
		m.person = p
		m.typ = dossier.Person
		// a card's surname the gazetteer knows, with another given name,
		// is a namesake ("Фамилия: Абдрахманов / Имя: Асан" is not Zhusup
		// Abdrakhmanov); so is a known given name with another surname
		// ("Фамилия: Бектемиров / Имя: Шабдан" is not Shabdan Baatyr)
		if m.entry >= 0 {
			if pk := d.x.people[m.entry]; pk != nil && (p.First != "" && !d.x.namePart(pk, p.First) || !d.x.namePart(pk, p.Last)) {
				m.entry = -1
			}
		}
	}
}

// namePart reports a word (any form) among the parts of a gazetteer
// person's names.
func (x *Extractor) namePart(pk *personKeys, w string) bool {
	return pk.parts[translit.Key(w)] || pk.parts[translit.Key(x.stem0(w))]
}

func (d *docState) addMention(si int, m *mention) {
	d.ments[si] = append(d.ments[si], m)
	ms := d.ments[si]
	for i := len(ms) - 1; i > 0 && ms[i].start < ms[i-1].start; i-- {
		ms[i], ms[i-1] = ms[i-1], ms[i]
	}
}

// bindRecords sets each record's subject once entities are resolved, joins
// its aliases to it, and makes it the topic of the record's sentences.
func (d *docState) bindRecords() {
	for _, r := range d.records {
		for _, m := range r.names {
			if m.ent != nil {
				r.subject = m.ent
				break
			}
		}
		if r.subject == nil {
			continue
		}
		for _, a := range r.aliases {
			if a.ent != nil && a.ent != r.subject {
				d.merge(r.subject, a.ent)
			}
		}
	}
}

// recordAt returns the record holding sentence si, or nil.
func (d *docState) recordAt(si int) *record {
	for _, r := range d.records {
		if si >= r.first && si <= r.last {
			return r
		}
	}
	return nil
}

// cardFacts states what a field line says about its record's person, with
// dates and places taken from the value only.
func (v *sview) cardFacts(r *record, f field) {
	if r == nil || r.subject == nil {
		return
	}
	if f.key == "fate" {
		// "Fate: shot 27.11.1937, Frunze", "Судьба: умер в лагере": the
		// first event the value names says which field it is
		f.key = v.fateOf(f)
	}
	if f.key == "carried_out" {
		// "Мера наказания: ВМН … Дата исполнения: 06.11.1938": the
		// sentence carried out is an execution when it was death
		if !v.d.deathSentence(r) {
			return
		}
		f.key = "execution"
	}
	var on, in dossier.Predicate
	switch f.key {
	case "birth":
		on, in = dossier.BornOn, dossier.BornIn
	case "death":
		on, in = dossier.DiedOn, dossier.DiedIn
	case "execution":
		on, in = dossier.ExecutedOn, dossier.ExecutedIn
	case "rehabilitation":
		on = dossier.RehabilitatedOn
	case "exile":
		in = dossier.ExiledTo
	}
	if f.key == "party" {
		// "Party: VKP(b)": a member of the party the value names
		for _, m := range v.ms {
			if m.ent != nil && m.start >= f.vstart && m.end <= f.vend && m.typ == dossier.Organization && !m.nested {
				v.put(draft{subj: r.subject, obj: m.ent, pred: dossier.MemberOf, stance: v.stance(f.vstart, 1), rule: "card-party", conf: 0.8, span: v.fieldSpan(f)})
				break
			}
		}
		return
	}
	if on == "" && in == "" && f.key != "rehabilitation_by" {
		return
	}
	ev := v.fieldSpan(f)
	rule := cardRule(f.key)
	// the value's stance, worked out for the first fact it states
	var st dossier.Stance
	stance := func() dossier.Stance {
		if st == "" {
			st = v.stance(f.vstart, 1)
		}
		return st
	}
	if on != "" {
		if d := v.valueDate(f.vstart, f.vend); d != nil {
			v.put(draft{subj: r.subject, objDate: d, pred: on, stance: stance(), rule: rule, conf: 0.85, span: ev})
		}
	}
	if in != "" {
		if p := v.mostSpecificPlace(f.vstart, f.vend); p != nil {
			var date *dossier.Date
			if in == dossier.ExiledTo {
				date = v.valueDate(f.vstart, f.vend)
			}
			v.put(draft{subj: r.subject, obj: p.ent, pred: in, date: date, stance: stance(), rule: rule, conf: 0.8, span: ev})
		}
	}
	if f.key == "rehabilitation" || f.key == "rehabilitation_by" {
		for _, m := range v.ms {
			if m.ent != nil && m.start >= f.vstart && m.end <= f.vend && m.typ == dossier.Organization && !m.nested {
				v.put(draft{subj: r.subject, obj: m.ent, pred: dossier.RehabilitatedBy, date: v.valueDate(f.vstart, f.vend), stance: stance(), rule: rule, conf: 0.8, span: ev})
				break
			}
		}
	}
}

// cardRule returns "card-" + key, the rule of what a field with that key
// states; the keys fields have are spelled out so that no fact or mention
// builds its rule's name.
func cardRule(key string) string {
	switch key {
	case "birth":
		return "card-birth"
	case "death":
		return "card-death"
	case "execution":
		return "card-execution"
	case "rehabilitation":
		return "card-rehabilitation"
	case "rehabilitation_by":
		return "card-rehabilitation_by"
	case "exile":
		return "card-exile"
	case "fullname":
		return "card-fullname"
	case "surname":
		return "card-surname"
	case "given":
		return "card-given"
	case "patronymic":
		return "card-patronymic"
	case "alias":
		return "card-alias"
	}
	return "card-" + key
}

// deathWords are the words of a sentence of death in a card's sentence
// field besides the "executed" triggers: the abbreviations ВМН (высшая
// мера наказания) and ВМСЗ, "высшая мера", "death", "өлүм".
var deathWords = map[string]bool{"вмн": true, "вмсз": true, "высшая": true, "высшей": true, "death": true, "capital": true, "өлүм": true, "өлүмгө": true}

// deathSentence reports a record whose sentence field sentences its
// person to death.
func (d *docState) deathSentence(r *record) bool {
	for si := r.first; si <= r.last && si < len(d.fields); si++ {
		for _, f := range d.fields[si] {
			if f.key != "sentence" {
				continue
			}
			v := d.view(si)
			for k := f.vstart; k < f.vend && k < len(v.words); k++ {
				if deathWords[v.words[k]] {
					return true
				}
			}
			for _, h := range v.find("executed") {
				if h[0] >= f.vstart && h[0] < f.vend {
					return true
				}
			}
		}
	}
	return false
}

// fateOf reads what a fate field's value says befell the person: the
// field key of its first life event word ("execution", "death", "exile",
// "rehabilitation"), or "" for none.
func (v *sview) fateOf(f field) string {
	best, key := f.vend, ""
	// a fixed order: a word in two families goes to the first (a map's
	// order would make the answer change from run to run)
	for _, fk := range [...][2]string{{"executed", "execution"}, {"died", "death"}, {"exiled", "exile"}, {"rehabilitated", "rehabilitation"}} {
		fam, k := fk[0], fk[1]
		for _, h := range v.find(fam) {
			if h[0] >= f.vstart && h[0] < best {
				best, key = h[0], k
			}
		}
	}
	return key
}

// fieldSpan is the evidence of a field: its label and value.
func (v *sview) fieldSpan(f field) dossier.Span {
	return dossier.Span{Start: v.toks[f.start].Span.Start, End: v.toks[max(f.vend, f.vstart+1)-1].Span.End}
}

// valueDate is the first date in a field's value: a date the finder found
// there, else a bare year ("1896, г. Бухара"), with a month name after it
// if there is one ("1938-ж. ноябрь").
func (v *sview) valueDate(vstart, vend int) *dossier.Date {
	for _, dm := range v.ds {
		if dm.start >= vstart && dm.start < vend && dm.date.HasYear() {
			d := dm.date
			if d.Precision == dossier.PrecisionYear && d.End == nil {
				if m := v.monthAfter(dm.end); m > 0 {
					d.Month, d.Precision = m, dossier.PrecisionMonth
				}
			}
			return &d
		}
	}
	for k := vstart; k < vend; k++ {
		t := v.toks[k]
		if t.Kind != segment.Number || len(t.Text) != 4 || k > vstart+3 && v.toks[k-1].Text != "," {
			continue // a year first ("1896, г. Бухара"), or after a comma ("died in the camp, 1943")
		}
		y, err := strconv.Atoi(t.Text)
		if err != nil || y < 1700 || y > 2035 {
			continue
		}
		d := dossier.Date{Year: y, Precision: dossier.PrecisionYear}
		if m := v.monthAfter(k + 1); m > 0 {
			d.Month, d.Precision = m, dossier.PrecisionMonth
		}
		return &d
	}
	return nil
}

// monthAfter reads a month name within two tokens after k ("1938-ж. ноябрь").
func (v *sview) monthAfter(k int) int {
	for j := k; j < len(v.toks) && j < k+4; j++ {
		t := v.toks[j]
		if t.Kind == segment.Word {
			if m := dates.MonthOf(t.Text); m > 0 {
				return m
			}
			if !unicode.IsLetter([]rune(t.Text)[0]) || len([]rune(t.Text)) > 2 {
				return 0
			}
		}
	}
	return 0
}

// merge joins entity b into a (an alias found to be the same person).
func (d *docState) merge(a, b *entity) {
	for _, m := range b.ments {
		m.ent = a
		a.ments = append(a.ments, m)
	}
	if a.first == nil && len(b.first) > 0 {
		a.first = map[string]bool{}
	}
	for k := range b.first {
		a.first[k] = true
	}
	if a.last == nil && len(b.last) > 0 {
		a.last = map[string]bool{}
	}
	for k := range b.last {
		a.last[k] = true
	}
	keep := d.ents[:0]
	for _, e := range d.ents {
		if e != b {
			keep = append(keep, e)
		}
	}
	d.ents = keep
}

// bioHeading returns the person a dictionary entry is about: a sentence
// that starts (after an entry number) with a person's name followed by
// their years in brackets.
func (d *docState) bioHeading(si int) *mention {
	toks := d.sents[si].Tokens
	start := 0
	for start < len(toks) && start < 3 && (toks[start].Kind == segment.Number || toks[start].Text == ".") {
		start++
	}
	for _, m := range d.ments[si] {
		if m.typ != dossier.Person || m.start != start {
			continue
		}
		if m.end < len(toks) && toks[m.end].Text == "(" {
			for _, dm := range d.dates[si] {
				if dm.start >= m.end && dm.start <= m.end+1 && dm.date.HasYear() {
					return m
				}
			}
		}
		// a dictionary's entry: the surname in capitals opens a paragraph,
		// then the names, other forms in brackets, life dates or a comma
		// ("АЙДАРБЕКОВ Иманалы (Иманаалы) (1884, …", "КУЙБЫШЕВ Валериан
		// Владимирович, парт. и гос. деятель; …")
		first := toks[m.start]
		paraStart := si == 0 || d.sents[si-1].Para != d.sents[si].Para
		if paraStart && first.AllCaps() && len([]rune(first.Text)) >= 4 && (m.end-m.start >= 2 || d.namesFollow(si, m)) && m.end < len(toks) {
			switch toks[m.end].Text {
			case "(", ",", "[":
				return m
			}
		}
	}
	return nil
}

// opensWithFullName reports a sentence whose first words are a person's
// full name (two words or more).
// namesFollow reports a surname in capitals followed, after other forms in
// brackets, by the person's given names ("ТЮРЯКУЛОВ (Торекулов) Назир
// Тюрякулович"); the given names join the heading's mention.
func (d *docState) namesFollow(si int, m *mention) bool {
	toks := d.sents[si].Tokens
	k := m.end
	if k < len(toks) && toks[k].Text == "(" {
		for k < len(toks) && toks[k].Text != ")" {
			k++
		}
		k++
	}
	for _, o := range d.ments[si] {
		if o != m && o.typ == dossier.Person && o.start == k && o.ent == nil {
			o.person.Last = m.person.Last
			return true
		}
	}
	return false
}

func (d *docState) opensWithFullName(si int) bool {
	return d.fullNameAt(si) != nil
}

// fullNameAt is the name of two words or more that opens sentence si, or
// nil.
func (d *docState) fullNameAt(si int) *mention {
	for _, m := range d.ments[si] {
		if m.typ == dossier.Person && m.start == 0 && m.end-m.start >= 2 {
			return m
		}
	}
	return nil
}

// nameThenEvent reports a sentence that is a full name alone
// ("Абдыкеримов Сейит Абдыкеримович."), followed by a sentence stating a
// life event: a memorial book's entry.
func (d *docState) nameThenEvent(si int) bool {
	m := d.fullNameAt(si)
	if m == nil || si+1 >= len(d.sents) {
		return false
	}
	for _, t := range d.sents[si].Tokens[m.end:] {
		if t.Kind != segment.Punct {
			return false
		}
	}
	return d.lifeEventIn(si+1) || d.opensWithLifeEvent(si+1)
}

// recordEventFamily reports the lexicon families of what a record says
// befell its person.
func recordEventFamily(fam string) bool {
	switch fam {
	case "born", "died", "executed", "exiled", "rehabilitated":
		return true
	}
	return false
}

// lifeEventIn reports a sentence that states a birth, death, execution,
// exile or rehabilitation.
func (d *docState) lifeEventIn(si int) bool {
	v := d.view(si)
	v.findHits()
	for _, h := range v.hits {
		if recordEventFamily(h.Family) && !v.insideName(h.At) {
			return true
		}
	}
	return false
}

// opensWithLifeEvent reports a sentence whose first word states what
// befell someone, or is a record's label without its colon ("Arrested on
// 9 October 1937.", "Расстрелян 10 ноября 1937 г.").
func (d *docState) opensWithLifeEvent(si int) bool {
	toks := d.sents[si].Tokens
	if len(toks) == 0 || toks[0].Kind != segment.Word {
		return false
	}
	v := d.view(si)
	v.findHits()
	// the first word's hits lead the sentence's, which are in word order
	// (hitFrom is not read: a sentence without hits need not have it)
	for _, h := range v.hits {
		if h.At != 0 {
			break
		}
		if recordEventFamily(h.Family) && !v.insideName(0) {
			return true
		}
	}
	return d.x.lex.FieldAny(toks[0].Lower) != ""
}

// separateNamesakes gives the person of a card or memorial-book record, when
// the gazetteer does not know them and the record states their year of
// birth, an IRI with that year ("…/person/ivan-ivanov-1899"). Lists of
// victims hold thousands of namesakes: the name alone would make every Ivan
// Ivanov of a collection one node with all their births and executions.
// The same name and birth year in two records is read as one person, as
// victims' lists themselves do.
func (d *docState) separateNamesakes() {
	var subjects []*entity // the records' people the gazetteer does not know
	for _, r := range d.records {
		if e := r.subject; e != nil && e.entry < 0 && e.typ == dossier.Person && entityIndex(subjects, e) < 0 {
			subjects = append(subjects, e)
		}
	}
	if len(subjects) == 0 {
		return
	}
	// years[i] is the year of birth of subjects[i] the facts state: 0 for
	// none, -1 for two (the name is left alone)
	years := make([]int, len(subjects))
	for _, f := range d.facts {
		if f.pred != dossier.BornOn || f.objDate == nil || !f.objDate.HasYear() || f.stance != dossier.Asserted {
			continue
		}
		i := entityIndex(subjects, f.subj)
		if i < 0 || years[i] < 0 {
			continue
		}
		if y := f.objDate.Year; years[i] == 0 || years[i] == y {
			years[i] = y
		} else {
			years[i] = -1
		}
	}
	used := make(map[string]bool, len(d.ents))
	for _, e := range d.ents {
		used[e.id] = true
	}
	for i, e := range subjects {
		year := years[i]
		if year <= 0 {
			continue
		}
		// the year tells namesakes apart, in place of the hash that the
		// name alone needed in this document ("ivan-ivanov-3d61e8")
		id := d.x.entityIRI(e.typ, e.name) + "-" + strconv.Itoa(year)
		if used[id] {
			id = e.id + "-" + strconv.Itoa(year) // same name and year twice in one file
		}
		delete(used, e.id)
		e.id = id
		used[id] = true
	}
}
