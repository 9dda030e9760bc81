package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
)

// enLocated reads English place chains the general cases of location leave:
// a settlement "in the" district or region it lies in ("the village of
// Sary-Bulak in the Talas district"), and a town in apposition as "the
// centre", "the administrative center", "the capital" or "the seat" of a
// larger unit ("Przhevalsk, the centre of the Karakol district"). x comes
// before y in the sentence; gap is the words between them. It reports
// whether it placed x in y.
func (v *sview) enLocated(x, y *mention, gap []string) bool {
	if v.lang != "en" || y.typ != dossier.Place {
		return false
	}
	if x.typ == dossier.Organization && isGap(gap, "in") && v.enHouse(x) {
		v.locate(x, y, "en-house-in") // "the Central Publishing House … in Moscow"
		return true
	}
	if x.typ != dossier.Place {
		return false
	}
	switch {
	case len(gap) >= 3 && gap[0] == "," && (gap[1] == "a" || gap[1] == "the") && wordNearEnd(gap, "of", 2) && isSettlementWord(gap) && !v.smallerThan(y, x):
		v.locate(x, y, "en-a-city-of") // "Kokand, a city of the Fergana region"
		return true
	case (isGap(gap, "of") || isGap(gap, "of", "the")) && v.enUrbanDistrict(x) && v.rank(y) == 2:
		v.locate(x, y, "en-district-of-city") // "the Yunusabad district of Tashkent"
		return true
	case isGap(gap, "in", "the") && v.smallPlace(x) && v.adminUnit(y) && v.smallerThan(x, y):
		v.locate(x, y, "en-in-the-unit")
		return true
	case enCentreOfGap(gap) && v.smallerThan(x, y):
		v.locate(x, y, "en-centre-of")
		return true
	}
	return false
}

// enUrbanDistrict reports a place named with "district" whose name the
// gazetteer does not know as a district of its own: a city's district
// ("the Yunusabad district of Tashkent").
func (v *sview) enUrbanDistrict(m *mention) bool {
	return m.end-m.start >= 2 && v.words[m.end-1] == "district" && m.ent != nil && m.ent.entry < 0
}

// enHouse reports a body named as a house, a publisher or an editorial
// office, which stands in one city: "the Central Publishing House of the
// Peoples of the USSR in Moscow".
func (v *sview) enHouse(m *mention) bool {
	for k := m.start; k < m.end; k++ {
		switch v.words[k] {
		case "house", "publishing", "publishers", "editorial":
			return true
		}
	}
	return false
}

// enCentreOfGap reports the words of an apposition naming the place before
// as the centre of the one after: ", the centre of the", ", then the
// administrative center of", ", now the regional capital of". Nothing
// else may stand between.
func enCentreOfGap(gap []string) bool {
	if len(gap) < 4 || gap[0] != "," {
		return false
	}
	k := 1
	for k < len(gap) && (gap[k] == "then" || gap[k] == "now" || gap[k] == "today" || gap[k] == "later") {
		k++
	}
	if k < len(gap) && gap[k] == "the" {
		k++
	}
	if k < len(gap) && (gap[k] == "administrative" || gap[k] == "regional" || gap[k] == "district" || gap[k] == "provincial") {
		k++
	}
	if k >= len(gap) {
		return false
	}
	switch gap[k] {
	case "centre", "center", "capital", "seat":
	default:
		return false
	}
	k++
	if k >= len(gap) || gap[k] != "of" {
		return false
	}
	k++
	if k < len(gap) && gap[k] == "the" {
		k++
	}
	return k == len(gap)
}

// english runs the rules that read English phrasings only: origins ("a
// native of the village of X") and people named "alongside" a member of a
// body.
func (v *sview) english() {
	if v.lang != "en" {
		return
	}
	v.enNatives()
	v.enAlongsideMembers()
}

// enNatives reads "X, a native of the village of Y" and "a native of Y" as
// X's birthplace. It states no date: a native of a place may be named in a
// sentence dated by something else ("…, joined the party in 1920").
func (v *sview) enNatives() {
	for _, hit := range v.find("native") {
		i, n := hit[0], hit[1]
		subj := v.personFor(i)
		if subj == nil {
			continue
		}
		skip := 0 // "the village of", "the town of": the kind of place first
		for k := i + n; k < len(v.words) && k < i+n+4; k++ {
			switch v.words[k] {
			case "the", "a", "village", "town", "city", "of", "aul", "kishlak", "settlement", "ail":
				skip++
				continue
			}
			break
		}
		if p := v.nearestAfter(i+n, skip, dossier.Place); p != nil {
			v.put(draft{subj: subj, obj: v.widestPlace(p).ent, pred: dossier.BornIn, stance: v.stance(i, n), rule: "en-native-of", conf: 0.7})
		}
	}
}

// enAlongsideMembers reads "X became a member of the Alash Orda government,
// alongside A and B" and "… one of the leaders of the party, together with
// A": the people listed after the word share X's membership of the body
// named right before it.
func (v *sview) enAlongsideMembers() {
	for _, hit := range v.find("alongside") {
		i, n := hit[0], hit[1]
		body := v.memberBodyBefore(i)
		if body == nil {
			continue
		}
		for _, p := range v.personListAt(i + n) {
			v.put(draft{subj: p, obj: body.ent, pred: dossier.MemberOf, stance: v.stance(i, n), rule: "en-alongside-member", conf: 0.6})
		}
	}
}

// memberBodyBefore returns the body a member or leader is said to belong to
// right before token i: "a member of the Alash Orda government," — the
// role word, "of", the body, at most one generic word ("government",
// "cabinet") and a comma. nil if the words before i are anything else.
func (v *sview) memberBodyBefore(i int) *mention {
	k := i - 1
	if k < 0 || v.words[k] != "," {
		return nil
	}
	k--
	if k >= 0 && (v.words[k] == "government" || v.words[k] == "cabinet" || v.words[k] == "leadership") {
		k--
	}
	var body *mention
	for _, m := range v.ms {
		if m.ent != nil && m.typ == dossier.Organization && m.end == k+1 && (body == nil || m.start < body.start) {
			body = m
		}
	}
	if body == nil {
		return nil
	}
	j := body.start - 1
	if j >= 0 && v.words[j] == "the" {
		j--
	}
	if j < 1 || v.words[j] != "of" {
		return nil
	}
	switch v.words[j-1] {
	case "member", "members", "leaders", "founders", "leader", "founder":
		return body
	}
	return nil
}

// personListAt returns the people of a list that starts at token k: names
// joined by commas and "and", nothing else between them.
func (v *sview) personListAt(k int) []*entity {
	var out []*entity
	for k < len(v.words) {
		var p *mention
		for _, m := range v.ms {
			if m.ent != nil && m.typ == dossier.Person && !m.nested && m.start == k {
				p = m
				break
			}
		}
		if p == nil {
			break
		}
		out = append(out, p.ent)
		k = p.end
		if k < len(v.words) && v.words[k] == "," {
			k++
		}
		if k < len(v.words) && v.words[k] == "and" {
			k++
		}
	}
	return out
}

// enTitleLead counts the capitalised words (at most two, none a stopword or
// a known name) right before token k of an English sentence that open a
// title with a known name in it: "the newspaper Egemen Qazaqstan", where
// Qazaqstan alone would be the country. 0 in other languages.
func (d *docState) enTitleLead(si, k int) int {
	s := d.sents[si]
	if s.Lang != "en" {
		return 0
	}
	toks := s.Tokens
	n := 0
	for j := k - 1; j >= 0 && n < 2; j-- {
		t := toks[j]
		if t.Kind != segment.Word || !t.Upper() || d.x.lex.For("en").Stopwords.HasLower(t.Lower) {
			break
		}
		n++
	}
	if n > 0 && k-n-1 >= 0 && toks[k-n-1].Kind == segment.Word && d.x.wordMemos.cue(toks[k-n-1].Lower)&cueWork != 0 {
		return n
	}
	return 0
}

// enPlaceAddress reports an English address line that opens with the
// addressee's place, as telegrams in translation do: "Moscow, to the
// Chairman of the Council of People's Commissars Lenin".
func (v *sview) enPlaceAddress() bool {
	if v.lang != "en" {
		return false
	}
	m := v.mentionAt(0)
	return m != nil && m.typ == dossier.Place && m.end+1 < len(v.toks) && v.toks[m.end].Text == "," && v.match("salutation", m.end+1) > 0
}

// enTitleTail reports an English capitalised word at k that ends an
// office's or a body's title rather than opening a name: "the People's
// Commissar for Nationalities Stalin", "the Council of People's Commissars
// Lenin". Going back over capitalised words and "of", "for", "the", "and",
// it meets a role or a body's head word before anything else.
func (d *docState) enTitleTail(toks []segment.Token, k int) bool {
	if toks[k].Script != segment.Latin {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		switch {
		case t.Kind != segment.Word:
			if t.Text != "'" && t.Text != "'s" {
				return false
			}
		case t.Lower == "of" || t.Lower == "for" || t.Lower == "the" || t.Lower == "and":
		case !t.Upper():
			return false
		case j < k-1 && d.commonWord(t.Lower):
			return true
		}
	}
	return false
}

// enGovernmentOf adds the body an English text names in lower case by the
// state it governs, when someone holds an office in it: "chairman of the
// government of the Turkestan Autonomy", "a member of the government of
// Bukhara". The place stays, nested in the body.
func (d *docState) enGovernmentOf(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	n := len(ms)
	for _, p := range ms[:n] {
		if p.typ != dossier.Place || p.start < 2 {
			continue
		}
		k := p.start - 1
		if toks[k].Lower == "the" {
			k--
		}
		if k < 4 || toks[k].Lower != "of" || toks[k-1].Text != "government" || toks[k-2].Lower != "the" || toks[k-3].Lower != "of" || !govRole(toks[k-4].Lower) {
			continue // only an office in it: "the merchant government of Bukhara" is a manner of speaking
		}
		m := d.newMention(si, k-1, p.end, "en-government-of", 0.7)
		m.typ = dossier.Organization
		ms = append(ms, m)
	}
	return ms
}

// govRole reports an office held "of the government of" a state.
func govRole(w string) bool {
	switch w {
	case "chairman", "chair", "head", "member", "members", "leader", "president", "premier", "secretary":
		return true
	}
	return false
}

// enRegionNames gives a place named by a known region's name and the word
// for its own level ("the Semirechye region", "the Fergana oblast") the
// known region's entry: it is that region, not another place. A city's
// name with "district" after it ("the Karakol district") stays a place of
// its own.
func (d *docState) enRegionNames(si int, ms []*mention) {
	toks := d.sents[si].Tokens
	for _, m := range ms {
		if m.typ != dossier.Place || m.entry >= 0 || m.end-m.start < 2 {
			continue
		}
		switch toks[m.end-1].Lower {
		case "region", "oblast", "province", "governorate":
		default:
			continue
		}
		hits := d.x.gaz.Find(toks[m.start : m.end-1])
		if len(hits) != 1 || hits[0].Start != 0 || hits[0].End != m.end-1-m.start {
			continue
		}
		for _, e := range hits[0].Entries {
			if g := d.x.gaz.Entry(e); g.Type == dossier.Place && (g.Class == "region" || g.Class == "oblast") {
				m.entry = e
				break
			}
		}
	}
}

// enNumberedActs adds the orders and decrees an English text names by the
// body or person that issued them and their number or date: "the order of
// the NKVD of the USSR No. 00447", "a decree of the Presidium of the
// Supreme Soviet of 16 January 1989", "order No. 44/21". The act runs
// from its noun to the number or the date; the names inside it stay,
// nested.
func (d *docState) enNumberedActs(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Lower {
		case "order", "decree", "resolution", "directive", "edict", "ukase":
		default:
			continue
		}
		if toks[i].Upper() && i > 0 && toks[i-1].Upper() {
			continue // inside a capitalised name the gazetteer or the chunks read
		}
		end := -1
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if e := d.actNumberEnd(si, k); e > 0 {
				end = e
				break
			}
			t := toks[k]
			if t.Lower == "of" || t.Lower == "the" || t.Lower == "and" || t.Kind == segment.Word && t.Upper() || (t.Text == "-" || t.Text == "'" || t.Text == "'s" || t.Text == "(" || t.Text == ")") && k > i+1 {
				continue
			}
			break
		}
		if end < 0 || end-i < 3 {
			continue
		}
		covered := false
		for _, m := range ms {
			if m.typ == dossier.DocumentType && m.start <= i && m.end >= end {
				covered = true
			}
		}
		if !covered {
			m := d.newMention(si, i, end, "en-numbered-act", 0.7)
			m.typ = dossier.DocumentType
			ms = append(ms, m)
		}
		i = end - 1
	}
	return ms
}

// actNumberEnd returns where an act's number or date that starts at token k
// ends ("No. 00447", "No 44/21", "№ 1", "of 16 January 1989": the date after
// "of"), or 0 if none starts there.
func (d *docState) actNumberEnd(si, k int) int {
	toks := d.sents[si].Tokens
	switch {
	case toks[k].Text == "№" && k+1 < len(toks) && toks[k+1].Kind == segment.Number:
		return numberRunEnd(toks, k+1)
	case toks[k].Text == "No" && k+1 < len(toks):
		j := k + 1
		if toks[j].Text == "." {
			j++
		}
		if j < len(toks) && toks[j].Kind == segment.Number {
			return numberRunEnd(toks, j)
		}
	case toks[k].Lower == "of" && k+1 < len(toks):
		for _, dm := range d.dates[si] {
			if dm.start == k+1 && dm.date.Day > 0 {
				return dm.end
			}
		}
	}
	return 0
}

// numberRunEnd returns the end of a number written with slashes or hyphens
// from token k: "44/21", "00447".
func numberRunEnd(toks []segment.Token, k int) int {
	k++
	for k+1 < len(toks) && (toks[k].Text == "/" || toks[k].Text == "-") && !toks[k].Space && toks[k+1].Kind == segment.Number {
		k += 2
	}
	return k
}

// enBodyPartAt reports "of the board of" from token k of an English
// sentence: the board of a body, named before the body ("chairman of the
// board of the State Publishing House" heads the publishing house). (A
// presidium or a bureau of a body is a body of its own: "member of the
// presidium of X" is not read so.)
func (v *sview) enBodyPartAt(k int) bool {
	if v.lang != "en" || k+3 >= len(v.words) || v.words[k] != "of" || v.words[k+1] != "the" || v.words[k+3] != "of" {
		return false
	}
	switch v.words[k+2] {
	case "board":
		return true
	}
	return false
}

// enPossessiveBody returns the body an English role at i belongs to when
// the role follows "the <head>'s": "the museum's director Bakhtiyor
// Khasanov", "the commission's secretary" — the last body named before
// whose name has that head. nil otherwise.
func (v *sview) enPossessiveBody(i int) *mention {
	if i < 2 || v.words[i-2] != "the" || !hasPossessive(v.words[i-1]) {
		return nil
	}
	head := strings.TrimSuffix(strings.TrimSuffix(v.words[i-1], "'s"), "'")
	if !v.lx.OrgHeads.HasLower(head) {
		return nil
	}
	return v.lastMentionBefore(i-2, dossier.Organization, func(_ int, m *mention) bool { return v.d.nameHas(m, head) })
}

// enKnownTails adds the known names that end a known body's English name
// after "of (the)": "the Central Executive Committee of the Turkestan ASSR"
// names the Turkestan ASSR too, and a bureau of the party's Central
// Committee, named as such, names that Committee. The gazetteer finds the
// longest name only; the tails stay nested in it.
func (d *docState) enKnownTails(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	n := len(ms)
	for _, m := range ms[:n] {
		if m.typ != dossier.Organization || m.entry < 0 || m.rule != "gazetteer" || d.x.gaz.Entry(m.entry).Class == "court" {
			continue // a court's "of X" is its jurisdiction: "the Military Tribunal of the Turkestan Military District"
		}
		for k := m.start + 1; k+1 < m.end; k++ {
			if toks[k].Lower != "of" {
				continue
			}
			a := k + 1
			if toks[a].Lower == "the" {
				a++
			}
			if a >= m.end || d.hasMentionAt(ms, a, m.end) {
				continue
			}
			hits := d.x.gaz.Find(toks[a:m.end])
			if len(hits) != 1 || hits[0].Start != 0 || hits[0].End != m.end-a || len(hits[0].Entries) != 1 {
				continue
			}
			e := d.x.gaz.Entry(hits[0].Entries[0])
			if e.Type != dossier.Organization && e.Type != dossier.Place {
				continue
			}
			t := d.newMention(si, a, m.end, "gazetteer", 0.9)
			t.typ, t.entry = e.Type, hits[0].Entries[0]
			ms = append(ms, t)
		}
	}
	return ms
}

// hasMentionAt reports a mention of ms spanning tokens a to b exactly.
func (d *docState) hasMentionAt(ms []*mention, a, b int) bool {
	for _, m := range ms {
		if m.start == a && m.end == b {
			return true
		}
	}
	return false
}

// enRelativeYearBefore dates an English trigger at i that "the same year"
// or "the following year" shortly before it dates by a year named earlier
// in the sentence: "In 1920 he was appointed chairman of X, and in the
// same year he sat on Y" (1920, not the year of the sentence before). nil
// if no such phrase stands between the sentence's last date before it and
// i.
func (v *sview) enRelativeYearBefore(i int) *dossier.Date {
	if v.lang != "en" || len(v.ds) == 0 {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		for _, dm := range v.ds {
			if dm.end == k+1 {
				return nil // a date of its own comes first
			}
		}
		for _, r := range relativeYears {
			if !wordsRunAt(v.words, k, r.phrase) {
				continue
			}
			var last *dateMention
			for j := range v.ds {
				if dm := &v.ds[j]; dm.end <= k && dm.date.HasYear() && (last == nil || dm.end > last.end) {
					last = dm
				}
			}
			if last == nil {
				return nil
			}
			y := last.date.Year
			if e := last.date.End; e != nil && e.Year > 0 {
				y = e.Year
			}
			return &dossier.Date{Year: y + r.offset, Precision: dossier.PrecisionYear}
		}
	}
	return nil
}

// enOrdinalBodies widens a known body's English name to the ordinal before
// it: "the Second State Duma", "the Fourth State Duma" are convocations of
// their own, not the body at large. The widened name is no longer the
// gazetteer's entry.
func (d *docState) enOrdinalBodies(si int, ms []*mention) {
	toks := d.sents[si].Tokens
	for _, m := range ms {
		if m.typ != dossier.Organization || m.rule != "gazetteer" || m.start == 0 || !toks[m.start-1].Upper() || !enOrdinal(toks[m.start-1].Lower) {
			continue
		}
		m.start--
		m.span.Start = toks[m.start].Span.Start
		m.text = d.tx.Clean[m.span.Start:m.span.End]
		m.entry, m.rule = -1, "en-ordinal-body"
	}
}

// enOrdinal reports an English ordinal word (lower case) up to the
// twentieth.
func enOrdinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth":
		return true
	}
	return false
}
