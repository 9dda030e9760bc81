package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
)

// roles finds offices and memberships: headOf for chairman, head, leader,
// first secretary, commander (and their Russian and Kyrgyz words); memberOf
// for member, secretary, worker, "joined"; appointedTo for elected and
// appointed. English and Russian put the body after the role ("chairman of
// the Sovnazirs", "председатель СНК"); Kyrgyz before it, in the genitive
// ("Кыргыз АССРнин Эл Комиссарлар Советинин төрагасы").
func (v *sview) roles() {
	if !v.hasHit(roleFamilies) {
		return // no role to read: the signature block's test below can wait
	}
	if ps, ok := v.signatureLine(); ok && len(ps) == 0 && v.si+1 < len(v.d.sents) {
		// an office alone on its line ("Секретарь Киробкома ВКП(б)") is
		// the office of the name on the next line: the signature block
		// states it (signatureOffice), not the document's topic
		if next, ok := v.d.view(v.si + 1).signatureLine(); ok && len(next) > 0 {
			return
		}
	}
	done := map[int]bool{}
	var lastBody *mention // the body of the sentence's last role read
	for fk, fam := range roleFamilies {
		rules := &roleRules[fk]
		for _, hit := range v.find(fam) {
			i, n := hit[0], hit[1]
			if done[i] || pluralRole[v.words[i]] && !oneOf(v.words[:i]) {
				continue // "члены комиссии": several unnamed people
			}
			done[i] = true
			pred := dossier.MemberOf
			switch fam {
			case "head_roles":
				pred = dossier.HeadOf
			case "appoint_verbs":
				pred = dossier.AppointedTo
			}
			if fam == "member_roles" && v.headQualifier(i) {
				pred = dossier.HeadOf
			}
			if fam == "head_roles" && v.deputyBefore(i) {
				continue // "заместитель председателя": the deputy role states membership
			}
			body := v.bodyFor(i, n, pred)
			if body == nil && v.lang == "en" && i+n < len(v.words) && v.words[i+n] == "of" {
				body = v.anaphoricBody(i + n + 1) // "chairman of the commission"
			}
			if body == nil && v.lang == "en" && i > 0 {
				// "GKNB chairman Kamchybek Tashiev": the body before the role
				if m := v.mentionAt(i - 1); m != nil && m.end == i && m.ent != nil && m.typ == dossier.Organization && v.personRightAfter(i+n) {
					body = v.widest(m)
				}
			}
			if body == nil && v.lang == "ru" && pred == dossier.MemberOf {
				body = v.ruGenericParty(i + n) // "вступил в партию", "член партии с 1918 г."
			}
			if body == nil && v.lang == "ru" && i+n < len(v.words) && !v.toks[i+n].Upper() {
				body = v.ruAnaphoricBody(i + n) // "председатель комиссии"
			}
			if body == nil && v.lang == "en" {
				body = v.enPossessiveBody(i) // "the museum's director X"
			}
			if body == nil && v.lang == "en" && i > 0 && v.words[i-1] == "its" && i+n < len(v.words) && roleCopula[v.words[i+n]] {
				body = v.anaphoric(i-1, true) // "Its chairman was X": the body named before
			}
			if body == nil && v.lang == "ru" && i > 0 && ruPossessives[v.words[i-1]] && i+n < len(v.words) && (ruRoleCopula[v.words[i+n]] || v.match("appoint_verbs", i+n) > 0) {
				body = v.anaphoric(i-1, true) // "Её председателем был назначен X"
			}
			if body == nil && v.lang == "en" && i >= 3 && v.words[i-1] == "its" && v.words[i-2] == "as" {
				// "elected a government, the Alash Orda, with Alikhan
				// Bukeikhanov as its chairman": the person before "as"
				if m := v.personEndingAt(i - 2); m != nil {
					if b := v.anaphoric(i-1, true); b != nil {
						lo := m.start
						if b.sent == v.si {
							lo = min(lo, b.start)
						}
						v.put(draft{subj: m.ent, obj: b.ent, pred: pred, date: v.roleDate(i), stance: v.stance(i, n), rule: v.rule(&rules.as), conf: 0.7,
							span: v.evidenceSpan(lo, i+n)})
						continue
					}
				}
			}
			if body == nil && lastBody != nil && i > 0 && (v.words[i-1] == "а" || v.words[i-1] == "и" || v.words[i-1] == "and") {
				// "…, а членами стали X, Y и Z": the body of the role before
				body = lastBody
			}
			if body == nil && (pred == dossier.HeadOf || pred == dossier.MemberOf) {
				// a leader or a member of a revolt, a congress: took part in it
				if ev := v.eventFor(i, n); ev != nil {
					if person := v.holderFor(i, n, ev); person != nil {
						v.put(draft{subj: person, obj: ev.ent, pred: dossier.ParticipatedIn, date: v.roleDate(i), stance: v.stance(i, n), rule: v.rule(&rules.event), conf: 0.65,
							span: v.evidenceSpan(min(i, ev.start), max(i+n, ev.end))})
					}
				}
				continue
			}
			if body == nil {
				continue
			}
			lastBody = body
			person := v.holderFor(i, n, body)
			if person == nil || person == body.ent {
				continue
			}
			date := v.roleDate(i)
			lo, hi := min(i, body.start), max(i+n, body.end)
			if body.sent != v.si {
				// the body named in an earlier sentence: the evidence is
				// this sentence's role and holder
				lo, hi = i, len(v.toks)
			}
			v.put(draft{subj: person, obj: body.ent, pred: pred, date: date, stance: v.stance(i, n), rule: v.rule(&rules.plain), conf: 0.7,
				span: v.evidenceSpan(lo, hi)})
			if pluralHolders[v.words[i]] {
				// "членами стали В. В. Куйбышев, Ф. И. Голощекин и Я. Э.
				// Рудзутак", "its members were X and Y": everyone listed
				if m := v.mentionOf(person, i+n); m != nil {
					for _, o := range v.joinedAfter(m) {
						v.put(draft{subj: o.ent, obj: body.ent, pred: pred, date: date, stance: v.stance(i, n), rule: v.rule(&rules.plain), conf: 0.65,
							span: v.evidenceSpan(lo, max(hi, o.end))})
					}
				}
			}
			// "чл. Турккомиссии и Туркбюро", "member of the commission and
			// of the bureau": the same role in the bodies joined to it
			if v.lang != "ky" && v.lang != "kk" {
				for next := v.coordinatedBody(body); next != nil; next = v.coordinatedBody(next) {
					v.put(draft{subj: person, obj: next.ent, pred: pred, date: date, stance: v.stance(i, n), rule: v.rule(&rules.plain), conf: 0.65,
						span: v.evidenceSpan(min(i, body.start), max(i+n, next.end))})
				}
			}
		}
	}
}

// personEndingAt returns the person mention (not nested) that ends right
// before token k, or nil.
func (v *sview) personEndingAt(k int) *mention {
	for _, m := range v.ms {
		if m.end == k && m.typ == dossier.Person && m.ent != nil && !m.nested {
			return m
		}
	}
	return nil
}

// kyGenitiveNounIn reports a lower-case word in the genitive among tokens
// [from, to) other than a role ("төрагасынын орун басары", the chairman's
// deputy): an unnamed body between a name and its role owns the role
// (unless the name is written in its base form and that word is its head:
// «"Алаш Ордо" партиясынын мүчөсү»).
func (v *sview) kyGenitiveNounIn(from, to int) bool {
	for k := from; k < to && k < len(v.toks); k++ {
		if t := v.toks[k]; t.Kind == segment.Word && !t.Upper() && v.match("head_roles", k)+v.match("member_roles", k) == 0 {
			if c, ok := gluedCase(v.words[k]); ok && c == morph.Gen {
				return true
			}
		}
	}
	return false
}

// roleFamilies are the trigger families roles reads; roleRules the names
// of their rules (the family, with "-as" and "-event"), a read-only table
// in the same order.
var (
	roleFamilies = []string{"head_roles", "member_roles", "work_verbs", "appoint_verbs"}
	roleRules    = rulesOfRoles(roleFamilies)
)

type roleRule struct{ plain, as, event langRule }

func rulesOfRoles(fams []string) []roleRule {
	out := make([]roleRule, len(fams))
	for k, fam := range fams {
		out[k] = roleRule{newLangRule(fam), newLangRule(fam + "-as"), newLangRule(fam + "-event")}
	}
	return out
}

// branchRole reports a role that heads one branch of a government, not the
// state: a minister or a people's commissar heads a ministry or a
// commissariat ("the war minister of Turkey" is not the head of Turkey).
func (v *sview) branchRole(i, n int) bool {
	for k := i; k < i+n && k < len(v.words); k++ {
		w := v.words[k]
		for _, p := range []string{"minist", "министр", "commissar", "комиссар", "нарком"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// headQualifier reports "first"/"general"/"responsible" before a secretary.
func (v *sview) headQualifier(i int) bool {
	if i == 0 {
		return false
	}
	switch v.words[i-1] {
	case "first", "general", "chief", "executive", "биринчи", "генералдык", "первый", "первого", "первым", "первому", "генеральный", "генерального", "генеральным", "генеральному", "ответственный", "ответственного", "ответственному", "ответственным", "отв":
		return true
	}
	return false
}

// bodyFor finds the organisation (or, for heads, the state) of a role.
func (v *sview) bodyFor(i, n int, pred dossier.Predicate) *mention {
	types := []dossier.EntityType{dossier.Organization}
	if pred == dossier.HeadOf && !v.branchRole(i, n) {
		types = append(types, dossier.Place)
	}
	switch v.lang {
	case "ky", "kk":
		// the body ends right before the role, in the genitive; the
		// nearest such ("Кыргыз ССРинин БАКынын төрагасы": the committee,
		// not the republic)
		var best *mention
		for _, m := range v.ms {
			if m.ent == nil || !hasType(m, types) || m.end > i || i-m.end > 2 || best != nil && m.end <= best.end {
				continue
			}
			if !m.baseWritten && v.kyGenitiveNounIn(m.end, i) {
				continue // "Талас облусунун колхоз башкармасынын төрагасы": the farm's chairman, not the province's
			}
			if m.lastCase == morph.Gen || m.lastCase == morph.Dat || allCapsEnd(v, m) {
				best = m
			}
			// "… комитетинде иштеген": where one works, in the locative
			if pred == dossier.MemberOf && (m.lastCase == morph.Loc || m.lastCase == morph.Abl) && v.match("work_verbs", i) > 0 {
				best = m
			}
		}
		if best != nil {
			return v.widest(best)
		}
		// appointment: "… бөлүмүнө … кызматкерликке алган", body in the dative before
		if pred == dossier.AppointedTo {
			if m := v.nearestBefore(i, true, dossier.Organization); m != nil {
				return v.widest(m)
			}
		}
		return nil
	default:
		lim := 4
		if pred == dossier.AppointedTo {
			lim = 10
		} else if v.enBodyPartAt(i + n) {
			lim = 6 // "chairman of the board of the …"
		}
		m := v.nearestAfter(i+n, lim, types...)
		if pred == dossier.AppointedTo && v.lang == "ru" {
			// "Председателем Совнаркома утверждён …": the role and its
			// body stand before the verb
			if b := v.roleBodyBefore(i); b != nil {
				return v.widest(b)
			}
		}
		if m == nil || v.boundaryBetween(i, m.start) {
			return nil
		}
		if pred != dossier.AppointedTo {
			// only "of the", "in", "at" … between the role and the body; a
			// lower-case head of the body's part ("the government of",
			// "коллегии Наркомнаца"); the head's office after a deputy
			// ("заместитель председателя СНК"); the quotation mark that
			// opens the body's name ("основатель партии «Алаш»")
			for k := i + n; k < m.start; k++ {
				if roleGlue[v.words[k]] || v.toks[k].Text == `"` && k+1 == m.start || v.lang == "ru" && names.RuFarmHead(v.words[k]) || !v.toks[k].Upper() && v.lx.OrgHeads.HasLower(v.words[k]) || v.d.isOrgHead(v.words[k]) && !v.toks[k].Upper() {
					continue
				}
				if v.deputyRole(i) && v.match("head_roles", k) > 0 {
					continue
				}
				return nil
			}
		}
		if m.typ == dossier.Place {
			// "the leader of the Lokai Basmachi", "of the Fergana
			// Basmachi": a place that qualifies the body after it
			if o := v.mentionAt(m.end); o != nil && o.ent != nil && o.typ == dossier.Organization {
				return v.widest(o)
			}
		}
		return v.widest(m)
	}
}

// roleBodyBefore returns the body of a role right before token i: a
// head or member role and the organisation after it, ending at i
// ("Председателем ЦИК …", "членом бюро обкома").
func (v *sview) roleBodyBefore(i int) *mention {
	for _, m := range v.ms {
		if m.ent == nil || m.typ != dossier.Organization || m.end != i || m.start == 0 {
			continue
		}
		for k := max(0, m.start-3); k < m.start; k++ {
			if n := v.match("head_roles", k) + v.match("member_roles", k); n > 0 && k+n == m.start {
				return m
			}
		}
	}
	return nil
}

// eventFor finds the event a role at i is held in: in Kyrgyz the event in
// the genitive right before the role ("көтөрүлүштүн жетекчилеринин бири"),
// elsewhere the event right after it ("leader of the revolt", "участник
// восстания").
func (v *sview) eventFor(i, n int) *mention {
	if v.lang == "ky" || v.lang == "kk" {
		for _, m := range v.ms {
			if m.ent != nil && m.typ == dossier.Event && m.end <= i && i-m.end <= 1 && m.lastCase == morph.Gen {
				return m
			}
		}
		return nil
	}
	m := v.nearestAfter(i+n, 3, dossier.Event)
	if m == nil {
		return nil
	}
	for k := i + n; k < m.start; k++ {
		if !roleGlue[v.words[k]] {
			return nil
		}
	}
	return m
}

// widest returns the outermost mention that starts where m starts (a
// nested place inside an organisation's name gives way to the organisation;
// a body inside a decree's name stays the body).
func (v *sview) widest(m *mention) *mention {
	best := m
	for _, o := range v.ms {
		if o.ent != nil && o.start <= m.start && o.end >= m.end && o.end-o.start > best.end-best.start && o.typ != dossier.Person && (o.typ != dossier.DocumentType || m.typ == dossier.DocumentType) {
			best = o
		}
	}
	return best
}

func allCapsEnd(v *sview, m *mention) bool {
	t := v.toks[m.end-1]
	return t.AllCaps() || t.Text == ")"
}

// holderFor finds the person holding a role: right after the body or the
// role ("the head of the Committee Mukhitdinov", "председатели-Ж.
// Абдрахманов", "жетекчиси И.В. Сталинге"), else before the role in the same
// clause ("Faizulla Khodzhaev, the Chairman of"), else the sentence topic.
// roleCopula are the words that join a role to its holder named after it:
// "Its chairman was X", "the chairman became X".
var roleCopula = map[string]bool{"was": true, "is": true, "became": true, "remained": true, "were": true}

// ruRoleCopula link a Russian role in the instrumental to its holder:
// "председателем был назначен X", "членами стали X и Y".
var ruRoleCopula = map[string]bool{"был": true, "была": true, "были": true, "стал": true, "стала": true, "стали": true, "являлся": true, "являлась": true}

// pluralHolders are the plural roles whose holders a list names:
// "членами стали X, Y и Z", "its members were X and Y".
var pluralHolders = map[string]bool{"членами": true, "члены": true, "members": true, "мүчөлөрү": true}

// mentionOf returns the first mention of e at or after token k.
func (v *sview) mentionOf(e *entity, k int) *mention {
	for _, m := range v.ms {
		if m.ent == e && m.start >= k {
			return m
		}
	}
	return nil
}

func (v *sview) holderFor(i, n int, body *mention) *entity {
	if body.sent != v.si {
		// a body named in an earlier sentence ("Its chairman was X"):
		// only this sentence's tokens count
		body = &mention{sent: v.si, start: i, end: i + n}
	}
	after := max(i+n, body.end)
	if v.unsigned(after) {
		return nil // "Отв. секретарь Киробкома (подпись неразборчива)": no one named
	}
	if v.unknownNameEnds(after) {
		return nil // "Секретарь Киробкома ВКП(б) Шахрай": someone the recognisers missed
	}
	// "Председателем Совнаркома утверждён т. Абдрахманов": a passive
	// appointment between the body and the person
	pass := 0
	if v.lang == "ru" && after < len(v.words) {
		pass = v.match("appoint_verbs", after)
	}
	if p := v.nearestAfter(after, 3+pass, dossier.Person); p != nil {
		between := false
		for k := after + pass; k < p.start; k++ {
			if v.toks[k].Kind == segment.Word && !v.lx.Titles.HasLower(v.words[k]) && !v.d.x.lex.Any(v.words[k], titlesOf) && !roleCopula[v.words[k]] && !ruRoleCopula[v.words[k]] && v.match("appoint_verbs", k) == 0 {
				between = true // a word of its own between: not an apposition
			}
		}
		if !between {
			return p.ent
		}
	}
	if p := v.nearestBefore(min(i, body.start), true, dossier.Person); p != nil && !(p.start >= body.start && p.end <= body.end) {
		if v.lang == "en" || p.lastCase != morph.Dat {
			return p.ent
		}
	}
	if e := v.ruKinSubject(min(i, body.start)); e != nil {
		return e // "мой отец состоял членом ВКП(б)": the father the petition named
	}
	if e := v.subjectOfSentence(); e != nil {
		return e
	}
	// "In 1929 he rose to become the first secretary of …"
	if v.pronounBefore(i) {
		return v.pronounReferent()
	}
	// "He joined the party in 1919 and in 1925 became chairman of …": the
	// subject of the sentence's first verb phrase
	if e := v.sharedSubject(i); e != nil {
		return e
	}
	// no holder named: only a record or a telegraphic or predicative role
	// ("— секретарь обкома", "төрагасы болуп турганда") is the topic's
	if r := v.d.recordAt(v.si); r != nil && r.subject != nil {
		return r.subject
	}
	if v.lang != "en" && (v.telegraphic(i) || v.telegraphic(min(i, body.start)) || v.predicative(i+n)) {
		return v.topic()
	}
	// Kyrgyz drops the subject the paragraph is about: a sentence with no
	// person of its own whose verb ends it or chains on ("1932-жылы
	// ВКП(б)нын катарына кирген.", "… партиянын катарына кирип, …")
	if (v.lang == "ky" || v.lang == "kk") && v.subjectOfSentence() == nil && (v.endsSentence(i+n-1) || kyConverb(v.words[i+n-1])) {
		return v.topic()
	}
	return nil
}

// unsigned reports a signature left unread at token k: "(подпись
// неразборчива)", "/колу/", "(signature illegible)".
func (v *sview) unsigned(k int) bool {
	for j := k; j < len(v.words) && j <= k+1; j++ {
		switch v.words[j] {
		case "подпись", "подписи", "колу", "кол", "signature", "signed", "illegible", "неразборчива":
			return true
		}
	}
	return false
}

// kyConverb reports a Kyrgyz converb in -ып/-ип/-уп/-үп/-п, which chains
// its clause to the next verb's subject.
func kyConverb(w string) bool {
	for _, suf := range []string{"ып", "ип", "уп", "үп", "оп", "өп"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+4 {
			return true
		}
	}
	return false
}

// predicative reports a Kyrgyz copula or "as" after a role ("төрагасы
// болуп", "катчысы катары", "мүчөсү болгон"): the role is said of the
// clause's subject.
func (v *sview) predicative(k int) bool {
	for j := k; j < len(v.words) && j <= k+2; j++ {
		switch v.words[j] {
		case "болуп", "болгон", "болчу", "болду", "катары", "болот", "кызматын", "кызматында", "кызматта":
			return true
		}
	}
	return false
}

// evidenceSpan returns the clean-text span of tokens [a, b) widened to the
// clause around them.
func (v *sview) evidenceSpan(a, b int) dossier.Span {
	lo, _ := v.clause(a)
	_, hi := v.clause(max(a, b-1))
	if lo > a {
		lo = a
	}
	if hi < b {
		hi = b
	}
	if hi > len(v.toks) {
		hi = len(v.toks)
	}
	if lo >= hi {
		return v.s.Span
	}
	return dossier.Span{Start: v.toks[lo].Span.Start, End: v.toks[hi-1].Span.End}
}

// roleGlue are the words allowed between a role and its body.
var roleGlue = map[string]bool{
	"of": true, "the": true, "in": true, "at": true, "for": true, "a": true, "an": true, "its": true, ",": true,
	"'s": true, "to": true, "with": true, "в": true, "во": true, "на": true, "при": true, "у": true, "из": true, "-": true,
}

// coordinatedBody returns the body joined to m by "and" ("и", a comma,
// "and of the"), or nil.
func (v *sview) coordinatedBody(m *mention) *mention {
	k := m.end
	if k >= len(v.words) || !(v.words[k] == "and" || v.words[k] == "и" || v.words[k] == ",") {
		return nil
	}
	k++
	for k < len(v.words) && (v.words[k] == "of" || v.words[k] == "the") {
		k++
	}
	if n := v.mentionAt(k); n != nil && n.typ == dossier.Organization {
		return v.widest(n)
	}
	return nil
}

// deputyRole reports a deputy's role word at i ("заместитель", "deputy").
func (v *sview) deputyRole(i int) bool {
	switch v.words[i] {
	case "deputy", "vice", "заместитель", "заместителя", "заместителем", "зам", "замнаркома", "орун":
		return true
	}
	return false
}

// deputyBefore reports a deputy's title right before a head role ("deputy
// chairman", "заместитель председателя", "зам. председателя"), or after it
// in Kyrgyz ("төрагасынын орун басары").
func (v *sview) deputyBefore(i int) bool {
	if (v.lang == "ky" || v.lang == "kk") && i+1 < len(v.words) && v.words[i+1] == "орун" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch v.words[k] {
		case "deputy", "vice", "заместитель", "заместителя", "заместителем", "зам", "замести", "орун":
			return true
		}
	}
	return false
}

// unknownNameEnds reports a capitalised word at token k that no mention
// covers and that ends the sentence (but for punctuation): a name at the
// end of an office's line that the recognisers did not read.
func (v *sview) unknownNameEnds(k int) bool {
	if k >= len(v.toks) || v.toks[k].Kind != segment.Word || !v.toks[k].Upper() || v.mentionAt(k) != nil {
		return false
	}
	for _, t := range v.toks[k+1:] {
		if t.Kind != segment.Punct {
			return false
		}
	}
	return true
}

// personRightAfter reports a person named at token k.
func (v *sview) personRightAfter(k int) bool {
	m := v.mentionAt(k)
	return m != nil && m.typ == dossier.Person && m.start == k
}

// oneOf reports words that end in "one of (the)" before a plural role:
// "one of the leaders" is one person's role.
func oneOf(words []string) bool {
	n := len(words)
	if n >= 1 && words[n-1] == "the" {
		n--
	}
	return n >= 2 && words[n-1] == "of" && words[n-2] == "one"
}

// pluralRole are role nouns in the plural: they speak of several people,
// named (a list rule handles those) or not.
var pluralRole = map[string]bool{"члены": true, "членов": true, "членам": true, "members": true, "мүчөлөрү": true, "мүчөлөр": true, "секретари": true, "leaders": true}

// ruDashDated reports a Russian dictionary entry's clause that dates a
// role with a dash between the date (ending at token a) and the role at
// token b: "В 1927–1937 гг. — председатель ЦИК Киргизской АССР, в 1937
// г. — председатель …". Only the dash may stand between them.
func (v *sview) ruDashDated(a, b int) bool {
	if a >= b || b-a > 2 {
		return false
	}
	dash := false
	for k := a; k < b; k++ {
		switch v.toks[k].Text {
		case "—", "–":
			dash = true
		case ".":
		default:
			return false
		}
	}
	return dash
}

// ruGenericParty reads "партия" in lower case at token k, after "в" or
// "в ряды" ("вступил в партию", "член партии с 1918 г.", "принят в ряды
// партии"), as the one party the document names ("исключили из ВКП(б)"),
// before or after: a Soviet biography's "the party". Nil when the word
// is not there, a name follows it ("партии «Алаш»"), or the document names
// no party or more than one.
func (v *sview) ruGenericParty(k int) *mention {
	for k < len(v.words) && (v.words[k] == "в" || v.words[k] == "ряды") {
		k++
	}
	if k >= len(v.words) || v.words[k] != "партию" && v.words[k] != "партии" {
		return nil
	}
	if k+1 < len(v.toks) && (v.toks[k+1].Upper() || v.toks[k+1].Text == `"`) {
		return nil
	}
	var party *mention
	for _, ms := range v.d.ments {
		for _, m := range ms {
			if m.ent == nil || m.typ != dossier.Organization || m.entry < 0 || v.d.x.gaz.Entry(m.entry).Class != "party" {
				continue
			}
			if party != nil && party.ent != m.ent {
				return nil // two parties: which one is not said
			}
			if party == nil {
				party = m
			}
		}
	}
	return party
}
