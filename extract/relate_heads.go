package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// headVerbs finds headship stated by a verb: "X headed / led / commanded
// Y", "Y was commanded by X", "X возглавлял Y", "Y, которое возглавлял X",
// "руководство Y во главе с X", "X Y-ди жетектеген".
func (v *sview) headVerbs() {
	for _, hit := range v.find("head_verbs") {
		i, n := hit[0], hit[1]
		var person *entity
		var body *mention
		passive := false
		switch {
		case v.lang == "en" && v.byAfter(i+n) > 0:
			passive = true
			// passive: the body before, the person after "by" ("was
			// commanded at the time by V. I. Shorin")
			if p := v.nearestAfter(v.byAfter(i+n)+1, 3, dossier.Person); p != nil {
				person = p.ent
			}
			body = v.nearestBefore(i, true, dossier.Organization)
		case v.lang == "ky" || v.lang == "kk":
			if m := v.nearestBefore(i, true, dossier.Organization); m != nil && i-m.end <= 3 {
				body = m
			}
			person = v.subjectOfSentence()
			if person == nil {
				person = v.topic()
			}
		case v.lang == "ru" && v.ruBodyBeforeHeadVerb(i) != nil && v.nearestBefore(i, true, dossier.Person) == nil:
			// "Комиссию возглавляет государственный советник Ерлан Карин":
			// the body as the object before the verb, the person after it
			body = v.ruBodyBeforeHeadVerb(i)
			if p := v.nearestAfter(i+n, 4, dossier.Person); p != nil {
				person = p.ent
			}
		case v.lang == "ru" && (v.words[i] == "во" || v.relativeAfter(i+n)):
			// "во главе с Голощёкиным", "которое возглавлял Букейханов": the
			// person right after, the body before
			if p := v.nearestAfter(i+n, 3, dossier.Person); p != nil {
				person = p.ent
			}
			body = v.nearestBefore(i, false, dossier.Organization)
		default:
			person = v.personFor(i)
			if m := v.nearestAfter(i+n, 6, dossier.Organization); m != nil && !v.boundaryBetween(i, m.start) {
				body = m
			} else if m := v.anaphoricBody(i + n); m != nil {
				body = m // "who chaired it", "had headed the commission"
			}
		}
		if person != nil && body == nil {
			// "led the revolt", "көтөрүлүштү … жетектеген": a leader of an
			// event took part in it, as a role's holder does (roles)
			if ev := v.headedEvent(i, n, passive); ev != nil {
				v.put(draft{subj: person, obj: ev.ent, pred: dossier.ParticipatedIn, date: v.dateNear(i), stance: v.stance(i, n), rule: v.lang + "-head-verb-event", conf: 0.65,
					span: v.evidenceSpan(min(i, ev.start), max(i+n, ev.end))})
			}
			continue
		}
		if person == nil || body == nil {
			continue
		}
		body = v.widest(body)
		v.put(draft{subj: person, obj: body.ent, pred: dossier.HeadOf, date: v.dateNear(i), stance: v.stance(i, n), rule: v.lang + "-head-verb", conf: 0.7,
			span: v.evidenceSpan(min(i, body.start), max(i+n, body.end))})
	}
}

// headedEvent returns the event a head verb at i governs: after it in
// English and Russian ("led the revolt"), before it in Kyrgyz
// ("көтөрүлүштү … жетектеген") and in the English passive ("the revolt of
// 1916, led by …", "the uprising was led by …"); nil if none is near.
func (v *sview) headedEvent(i, n int, passive bool) *mention {
	if v.lang == "ky" || v.lang == "kk" || passive {
		if m := v.nearestBefore(i, true, dossier.Event); m != nil && i-m.end <= 4 {
			return m
		}
		return nil
	}
	if m := v.nearestAfter(i+n, 3, dossier.Event); m != nil && !v.boundaryBetween(i, m.start) {
		return m
	}
	return nil
}

// relativeAfter reports a person right after token k in Russian (the
// subject of a relative clause whose object came before: "правительство,
// которое возглавлял Букейханов").
func (v *sview) relativeAfter(k int) bool {
	for _, m := range v.ms {
		if m.typ == dossier.Person && m.start >= k && m.start-k <= 1 && m.ent != nil {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if v.words[j] == "которое" || v.words[j] == "который" || v.words[j] == "которую" || v.words[j] == "которым" || v.words[j] == "которой" {
					return true
				}
			}
		}
	}
	return false
}

// memberLists finds lists of members: "В состав комиссии входили Ш.З. Элиава
// (председатель), М.В. Фрунзе, В.В. Куйбышев", "Its members included …",
// "… уюмдун катарында И.В. Сталин, М.Н. Калинин …". The body is named before
// the list in the sentence, or in the sentence before; a person followed
// by "(председатель)" heads it.
func (v *sview) memberLists() {
	for _, hit := range v.find("member_lists") {
		i, n := hit[0], hit[1]
		if v.lang == "en" && n == 1 && v.words[i] == "included" && !v.orgRightBefore(i) {
			continue // "the files included those of …": no body's members
		}
		if v.match("event_lists", i) > 0 {
			if _, ok := v.eventAntecedent(i, n); ok {
				continue // "расстреляны 137 человек. Среди них — …": the executed, not members
			}
		}
		if v.countedAntecedent(i, n) {
			continue // "… опубликовала ещё 3 тысячи имён. Среди них — …": among the names
		}
		var body *mention
		head := v.listHead(i)
		its := -1                      // "among its members": the body named before, up to three sentences back
		for k := i + 1; k < i+n; k++ { // ("Its members were …" is read below)
			if v.words[k] == "its" {
				its = k
			}
		}
		if m := v.nearestBefore(i, false, dossier.Organization); m != nil && (head == "" || v.d.nameHas(m, head)) {
			body = v.widest(m)
		} else if its >= 0 {
			body = v.anaphoric(its, true)
		} else if v.si > 0 {
			prev := v.d.view(v.si - 1)
			first := v.words[i] == "its" // "Its members were …": the body the sentence before is about
			for k := len(prev.ms) - 1; k >= 0; k-- {
				if first {
					k = firstOrg(prev.ms, k)
					if k < 0 {
						break
					}
				}
				m := prev.ms[k]
				if m.ent != nil && m.typ == dossier.Organization && (head == "" || v.d.nameHas(m, head)) {
					body = prev.widest(m)
					if head != "" {
						body = m
					}
					break
				}
			}
		}
		if body == nil && v.lang == "ru" {
			// "В состав комиссии вошли …": the body named before by its head
			for k := i - 1; k >= 0 && body == nil; k-- {
				if !v.toks[k].Upper() && v.toks[k].Kind == segment.Word {
					body = v.ruAnaphoricBody(k)
				}
			}
		}
		if body == nil {
			continue
		}
		// "X and Y were among its members": the people before the marker
		// when none follow it
		// only "among its members" follows its people; in Kyrgyz the
		// joiner may stand before the body ("Асан Кошчу союзунун
		// мүчөлүгүнө кабыл алынган") when nobody is listed after
		after := its < 0 && v.lang != "ky"
		for _, m := range v.ms {
			after = after || m.ent != nil && m.typ == dossier.Person && !m.nested && m.start >= i+n
		}
		for _, m := range v.ms {
			if m.ent == nil || m.typ != dossier.Person || m.nested || (after && m.start < i+n) || (!after && m.end > i) {
				continue
			}
			pred := dossier.MemberOf
			if m.end+2 < len(v.toks) && v.toks[m.end].Text == "(" && v.match("head_roles", m.end+1) > 0 {
				pred = dossier.HeadOf
			}
			if m.lastCase == morph.Gen && v.lang != "en" {
				continue
			}
			v.put(draft{subj: m.ent, obj: body.ent, pred: pred, date: v.dateNear(i), stance: v.stance(i, n), rule: v.lang + "-member-list", conf: 0.65})
		}
	}
	v.colonLists()
}

// countedAntecedent reports "среди них" / "among them" at i whose "them"
// is a counted noun of the sentence before, after its last body: "the
// commission published another 3,000 names. Among them …".
func (v *sview) countedAntecedent(i, n int) bool {
	if n != 2 || v.si == 0 || !(v.words[i] == "среди" && v.words[i+1] == "них" || v.words[i] == "among" && v.words[i+1] == "them") {
		return false
	}
	prev := v.d.view(v.si - 1)
	last := 0
	for _, m := range prev.ms {
		if m.typ == dossier.Organization {
			last = max(last, m.end)
		}
	}
	for k := last; k+1 < len(prev.toks); k++ {
		if prev.toks[k].Kind == segment.Number && prev.toks[k+1].Kind == segment.Word && !prev.toks[k+1].Upper() {
			return true
		}
	}
	return false
}

// orgRightBefore reports a body named right before token i ("The
// commission included …"), or "it"/"its members" there.
func (v *sview) orgRightBefore(i int) bool {
	if i > 0 && (v.words[i-1] == "it" || v.words[i-1] == "members") {
		return true
	}
	for _, m := range v.ms {
		if m.typ == dossier.Organization && m.end <= i && i-m.end <= 1 {
			return true
		}
	}
	return false
}

// firstOrg returns the index of the first non-nested body among ms[:k+1],
// or -1.
func firstOrg(ms []*mention, k int) int {
	for j := 0; j <= k && j < len(ms); j++ {
		if ms[j].ent != nil && ms[j].typ == dossier.Organization && !ms[j].nested {
			return j
		}
	}
	return -1
}

// colonLists reads a body followed by a colon and a list of people: "the
// Commission for Turkestan Affairs (Turkkomissiya): Sh. Eliava, M. Frunze,
// V. Kuibyshev" — its members.
func (v *sview) colonLists() {
	for _, b := range v.ms {
		if b.ent == nil || b.typ != dossier.Organization || b.nested {
			continue
		}
		k := b.end
		if k < len(v.toks) && v.toks[k].Text == "(" {
			for k < len(v.toks) && v.toks[k].Text != ")" {
				k++
			}
			k++
		}
		if k >= len(v.toks) || v.toks[k].Text != ":" {
			continue
		}
		var people []*mention
		for j := k + 1; j < len(v.toks); {
			m := v.mentionAt(j)
			if m == nil || m.typ != dossier.Person {
				break
			}
			people = append(people, m)
			j = m.end
			if j < len(v.toks) && (v.toks[j].Text == "," || v.words[j] == "and" || v.words[j] == "и" || v.words[j] == "жана") {
				j++
			}
		}
		if len(people) < 2 {
			continue
		}
		for _, p := range people {
			v.put(draft{subj: p.ent, obj: b.ent, pred: dossier.MemberOf, date: v.dateNear(k), stance: v.stance(k, 1), rule: v.lang + "-colon-list", conf: 0.65,
				span: v.evidenceSpan(b.start, p.end)})
		}
	}
}

// listHead returns the stem of a lower-case body noun before a member list
// ("В состав комиссии входили …" → "комисс"), or "".
func (v *sview) listHead(i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := v.words[k]
		if v.toks[k].Kind == segment.Word && !v.toks[k].Upper() && v.lx.OrgHeads.Has(v.d.x.baseWord(w)) {
			r := []rune(w)
			if len(r) > 6 {
				r = r[:6]
			}
			return string(r)
		}
	}
	return ""
}

// baseWord is the first reading of a word (its nominative when known).
func (x *Extractor) baseWord(w string) string {
	st := x.memo.Stems(w)
	if len(st) > 1 {
		return textcase.Lower(st[1])
	}
	return w
}

// nameHas reports whether a mention's words include one starting with stem.
func (d *docState) nameHas(m *mention, stem string) bool {
	for _, t := range m.tokens(d) {
		if strings.HasPrefix(t.Lower, stem) {
			return true
		}
	}
	return false
}

// byAfter returns the index of "by" within four words after k, before any
// punctuation, or 0.
func (v *sview) byAfter(k int) int {
	for j := k; j < len(v.words) && j < k+4; j++ {
		if v.words[j] == "by" {
			return j
		}
		if v.toks[j].Kind == segment.Punct {
			return 0
		}
	}
	return 0
}

// anaphoricBody resolves a body named again without its name right at k:
// "it" (the last body named), or "the commission", "the party", "комиссии"
// (the last body whose name has that head noun), looking back over this
// sentence and the three before it.
func (v *sview) anaphoricBody(k int) *mention { return v.anaphoric(k, false) }

// anaphoric is anaphoricBody; its lets "its" stand for the body too
// ("Its chairman was X", "among its members"), which a head verb's
// object does not ("headed its department").
// ruPossessives are the Russian "its" of a body: её (a комиссия), его (a
// комитет).
var ruPossessives = map[string]bool{"её": true, "ее": true, "его": true}

// feminineName reports a Russian body's name whose head is a feminine
// noun, in any case ("комиссия", "Туркестанской комиссии", "партии"): the
// body "её" may refer to. An acronym alone (СНК, ЦК: совет, комитет) is
// none.
func feminineName(name string) bool {
	for _, w := range strings.Fields(textcase.Lower(name)) {
		if hasAnyPrefix(w, feminineBodyHeads...) {
			return true
		}
	}
	return false
}

// feminineBodyHeads begin the feminine nouns that head bodies' names.
var feminineBodyHeads = []string{"комисси", "парти", "коллеги", "организаци", "делегаци", "групп", "секци", "ассоциаци", "академи", "арми", "лиг", "федераци", "фракци", "оппозици", "конференци", "редакци", "школ", "газет", "республик"}

// ruAnaphoricBody reads a Russian body's head noun in lower case at token
// k ("председатель комиссии") as the body with that head named in this
// sentence or the three before ("Государственная комиссия по …").
func (v *sview) ruAnaphoricBody(k int) *mention {
	var head string
	for _, st := range v.d.x.memo.LowerStems(v.words[k]) {
		if v.lx.OrgHeads.Has(st) && utf8.RuneCountInString(st) >= 4 {
			head = st
			break
		}
	}
	if head == "" {
		return nil
	}
	prefix := string([]rune(head)[:4])
	return v.lastMentionBefore(k, dossier.Organization, func(_ int, m *mention) bool {
		return m.end-m.start > 1 && v.d.nameHas(m, prefix)
	})
}

func (v *sview) anaphoric(k int, its bool) *mention {
	if k >= len(v.words) {
		return nil
	}
	head := ""
	switch {
	case v.words[k] == "it" && v.lang == "en":
	case v.words[k] == "its" && v.lang == "en" && its:
	case ruPossessives[v.words[k]] && v.lang == "ru" && its: // "Её председателем был назначен X"
	case v.words[k] == "the" && k+1 < len(v.words) && !v.toks[k+1].Upper() && v.lx.OrgHeads.HasLower(v.words[k+1]):
		head = v.words[k+1]
	default:
		return nil
	}
	return v.lastMentionBefore(k, dossier.Organization, func(si int, m *mention) bool {
		if (v.words[k] == "её" || v.words[k] == "ее") && !feminineName(v.d.surface(si, m.start, m.end)) {
			return false // "её" is a комиссия's or a партия's, not a СНК's
		}
		// "the movement" just after the Young Bukharans, a movement
		return head == "" || v.d.nameHas(m, head) || si >= v.si-1 && m.entry >= 0 && v.d.x.gaz.Entry(m.entry).Class == head
	})
}

// lastMentionBefore returns the last mention of type typ (not nested in
// another) before token k, in this sentence or the three before it, that
// ok accepts.
func (v *sview) lastMentionBefore(k int, typ dossier.EntityType, ok func(si int, m *mention) bool) *mention {
	for si := v.si; si >= 0 && si >= v.si-3; si-- {
		ms := v.d.ments[si]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.ent == nil || m.typ != typ || m.nested || si == v.si && m.start >= k {
				continue
			}
			if ok(si, m) {
				return m
			}
		}
	}
	return nil
}

// ruBodyBeforeHeadVerb returns the body named as the object right before
// a Russian head verb at token i, which opens its clause: a body's name
// ("Правительство Алаш-Орды возглавлял Букейханов") or its head noun
// alone, naming the body of that head named shortly before ("Комиссию
// возглавляет …"). Nil otherwise.
func (v *sview) ruBodyBeforeHeadVerb(i int) *mention {
	if i == 0 || v.words[i] == "во" {
		return nil
	}
	if m := v.mentionAt(i - 1); m != nil && m.typ == dossier.Organization {
		return nil // a body's one-word name: left to the rules that read it
	}
	for _, m := range v.ms {
		if m.ent != nil && m.typ == dossier.Organization && m.end == i && !m.nested {
			if lo, _ := v.clause(i); m.start == lo || m.start > 0 && v.toks[m.start-1].Kind == segment.Punct {
				return v.widest(m)
			}
			return nil
		}
	}
	if lo, _ := v.clause(i); i-1 != lo && v.toks[i-2].Kind != segment.Punct {
		return nil
	}
	return v.ruAnaphoricBody(i - 1)
}
