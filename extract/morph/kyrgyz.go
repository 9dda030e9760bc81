package morph

// Slots of the Kyrgyz noun template, left to right:
// STEM PL1 POSS ATTR PL2 CASE. Suffixes are peeled from the right, each from
// a slot left of the previous one.
const (
	slotStem uint8 = iota
	slotPL1
	slotPoss
	slotAttr
	slotPL2 // plural of an -дагы form: Москвадагылар
	slotCase
)

// How the first consonant of a suffix (C in its pattern) depends on the
// sound to its left, or what that sound must be.
const (
	altNone       uint8 = iota // pattern starts with a fixed letter (pronominal н)
	altNDT                     // н after a vowel, д after a voiced sound, т after a voiceless one
	altGK                      // г after a vowel or voiced sound, к after a voiceless one
	altDT                      // д after a vowel or voiced sound, т after a voiceless one
	altLDT                     // л after a vowel, р or й; д after another voiced sound; т after a voiceless one
	altAfterCons               // no consonant: the left must end in a consonant
	altAfterVowel              // the left must end in a vowel
)

// kyMorph is one Kyrgyz suffix with all its allomorphs: pat spells it with
// C (the alternating consonant), A (low vowel а е о ө) and I (high vowel
// ы и у ү); other runes are literal.
type kyMorph struct {
	pat    []rune
	slot   uint8
	alt    uint8
	cas    Case
	nForm  bool // pronominal-n allomorph, used only right after a possessive
	weight int
}

// kyMorphs is ordered by slot, right to left, so that readings are
// generated outermost suffix first; the one-letter possessive comes before
// -сы so that it wins ties (облус+у+нун before облу+су+нун).
var kyMorphs = [...]kyMorph{
	{pat: []rune("CIн"), slot: slotCase, alt: altNDT, cas: Gen, weight: 30},
	{pat: []rune("CAн"), slot: slotCase, alt: altDT, cas: Abl, weight: 30},
	{pat: []rune("CA"), slot: slotCase, alt: altGK, cas: Dat, weight: 20},
	{pat: []rune("CA"), slot: slotCase, alt: altDT, cas: Loc, weight: 20},
	{pat: []rune("CI"), slot: slotCase, alt: altNDT, cas: Acc, weight: 18},
	{pat: []rune("ндA"), slot: slotCase, cas: Loc, nForm: true, weight: 25},
	{pat: []rune("нAн"), slot: slotCase, cas: Abl, nForm: true, weight: 25},
	{pat: []rune("нA"), slot: slotCase, cas: Dat, nForm: true, weight: 15},
	{pat: []rune("н"), slot: slotCase, cas: Acc, nForm: true, weight: 5},
	{pat: []rune("CAр"), slot: slotPL2, alt: altLDT, weight: 25},
	{pat: []rune("CAгI"), slot: slotAttr, alt: altDT, cas: AttrLoc, weight: 35},
	{pat: []rune("ндAгI"), slot: slotAttr, cas: AttrLoc, nForm: true, weight: 35},
	{pat: []rune("I"), slot: slotPoss, alt: altAfterCons, weight: 13},
	{pat: []rune("сI"), slot: slotPoss, alt: altAfterVowel, weight: 18},
	{pat: []rune("CAр"), slot: slotPL1, alt: altLDT, weight: 25},
}

// kyEndN, kyEndR, kyEndA and kyEndI list the indexes of kyMorphs whose
// pattern ends in н, р, A and I, in table order.
var (
	kyEndN = kyEndingIn('н')
	kyEndR = kyEndingIn('р')
	kyEndA = kyEndingIn('A')
	kyEndI = kyEndingIn('I')
)

func kyEndingIn(last rune) []uint8 {
	var idx []uint8
	for i, m := range kyMorphs {
		if m.pat[len(m.pat)-1] == last {
			idx = append(idx, uint8(i))
		}
	}
	return idx
}

// Score adjustments (see the package documentation, Ranking).
const (
	bonusBoundary   = 20 // cut exactly at АССР|нин
	penaltyLenient  = 3  // abbreviation suffix that is not the regular allomorph
	penaltyPossNoN  = 25 // possessive followed by a case without its pronominal n
	penaltySoftSign = 6  // Казан → Казань
	bonusSoftSign   = 2  // Кремл → Кремль: consonant+л ends no word
	bonusDevoice    = 1  // Бишкег → Бишкек: Kyrgyz words do not end in vowel+г/б
	penaltyPossHigh = 5  // -сы after a high vowel: level with the one-letter possessive, which goes first
)

// kyChain is the suffix sequence peeled so far, outermost first.
type kyChain struct {
	m     [6]uint8
	n     int
	score int
}

func (ch *kyChain) last() *kyMorph { return &kyMorphs[ch.m[ch.n-1]] }

// Requirements a peeled suffix puts on the next one to its left.
const (
	needNone uint8 = iota
	needPoss       // pronominal-n form: a possessive must precede
	needAttr       // plural in slotPL2: an -дагы form must precede
)

// kyrgyz generates the Kyrgyz readings of the part.
func (a *analyzer) kyrgyz() {
	if !a.p.cyr || a.p.n < 3 {
		return
	}
	a.kyPeel(a.p.n, slotCase, needNone, kyChain{})
}

// kyPeel emits the reading whose stem is r[:end] if the chain allows it,
// then tries every suffix of a slot up to maxSlot that ends at end.
func (a *analyzer) kyPeel(end int, maxSlot uint8, need uint8, ch kyChain) {
	if ch.n > 0 && need == needNone {
		a.kyEmit(end, &ch)
	}
	if end < 3 {
		return
	}
	// Every suffix ends in н, р, a low or a high vowel: only the suffixes
	// that end like the word are tried (most words end in none of them).
	var cands []uint8
	switch a.p.r[end-1] {
	case 'н':
		cands = kyEndN
	case 'р':
		cands = kyEndR
	case 'а', 'е', 'о', 'ө':
		cands = kyEndA
	case 'ы', 'и', 'у', 'ү':
		cands = kyEndI
	default:
		return
	}
	for _, i := range cands {
		m := &kyMorphs[i]
		if m.slot > maxSlot {
			continue
		}
		if (need == needPoss && m.slot != slotPoss) || (need == needAttr && m.slot != slotAttr) {
			continue
		}
		if m.slot == slotPoss && a.p.hyphen {
			continue
		}
		start, exact, ok := a.kyMatch(m, end)
		if !ok {
			continue
		}
		next := ch
		next.m[next.n] = uint8(i)
		next.n++
		next.score += m.weight
		if !exact {
			next.score -= penaltyLenient
		}
		if m.alt == altAfterVowel && isHighVowel(a.p.r[start-1]) {
			// Stems in a high vowel are few: облус+у+нун goes before
			// облу+су+нун (the one-letter possessive is tried first), but
			// Азия+сы+нда before Азияс+ы+нда.
			next.score -= penaltyPossHigh
		}
		if m.slot == slotPoss && ch.n > 0 {
			// A case form right of a possessive should be its
			// pronominal-n form; the regular one is a spelling variant
			// at best (Тифилис+и+деги beside Тифилиси+деги).
			if r := ch.last(); !r.nForm && r.slot >= slotAttr && r.cas != Gen {
				next.score -= penaltyPossNoN
			}
		}
		nextNeed := needNone
		if m.nForm {
			nextNeed = needPoss
		} else if m.slot == slotPL2 {
			nextNeed = needAttr
		}
		a.kyPeel(start, m.slot-1, nextNeed, next)
	}
}

// kyMatch checks whether an allomorph of m ends at end and fits the sound to
// its left. exact is false when it fits only by the abbreviation leniency.
func (a *analyzer) kyMatch(m *kyMorph, end int) (start int, exact, ok bool) {
	p := &a.p
	start = end - len(m.pat)
	if start < 2 {
		return 0, false, false
	}
	// Right to left: most words fail on their last letter.
	for i := len(m.pat) - 1; i >= 0; i-- {
		sym, c := m.pat[i], p.r[start+i]
		switch sym {
		case 'C':
			if !altAllows(m.alt, c) {
				return 0, false, false
			}
		case 'A':
			if c != 'а' && c != 'е' && c != 'о' && c != 'ө' {
				return 0, false, false
			}
		case 'I':
			if c != 'ы' && c != 'и' && c != 'у' && c != 'ү' {
				return 0, false, false
			}
		default:
			if c != sym {
				return 0, false, false
			}
		}
	}
	exact = true
	cl := p.lastVowel(start)
	for i, sym := range m.pat {
		if sym != 'A' && sym != 'I' {
			continue
		}
		v := p.r[start+i]
		if !harmonic(cl, v, sym == 'A') {
			exact = false
		}
		cl = vowelClass(v)
	}
	fs := p.finalSound(start)
	switch m.alt {
	case altAfterCons:
		exact = exact && (fs == sVoiced || fs == sRJ || fs == sVoiceless)
	case altAfterVowel:
		exact = exact && fs == sVowel
	case altNone:
	default:
		exact = exact && p.r[start] == altWant(m.alt, fs)
	}
	if !exact && !p.lenient(start) {
		return 0, false, false
	}
	return start, exact, true
}

// altAllows reports whether c is one of the consonants alt alternates among.
func isHighVowel(c rune) bool { return c == 'ы' || c == 'и' || c == 'у' || c == 'ү' || c == 'ю' }

func altAllows(alt uint8, c rune) bool {
	switch alt {
	case altNDT:
		return c == 'н' || c == 'д' || c == 'т'
	case altGK:
		return c == 'г' || c == 'к'
	case altDT:
		return c == 'д' || c == 'т'
	case altLDT:
		return c == 'л' || c == 'д' || c == 'т'
	}
	return false
}

// altWant returns the consonant alt takes after a sound of class fs (0 if
// the class is unknown, which never matches).
func altWant(alt uint8, fs uint8) rune {
	switch fs {
	case sVowel:
		return [...]rune{altNDT: 'н', altGK: 'г', altDT: 'д', altLDT: 'л'}[alt]
	case sVoiced:
		return [...]rune{altNDT: 'д', altGK: 'г', altDT: 'д', altLDT: 'д'}[alt]
	case sRJ:
		return [...]rune{altNDT: 'д', altGK: 'г', altDT: 'д', altLDT: 'л'}[alt]
	case sVoiceless:
		return [...]rune{altNDT: 'т', altGK: 'к', altDT: 'т', altLDT: 'т'}[alt]
	}
	return 0
}

// kyEmit records the reading with stem r[:k] and the suffixes of ch, plus
// the soft-sign and devoicing reconstructions of the stem.
func (a *analyzer) kyEmit(k int, ch *kyChain) {
	p := &a.p
	if k < 2 || !p.hasLetter(k) || a.cutsFormant(k) || p.upperSuffix(k) {
		return
	}
	boundary := p.boundary(k)
	if k == 2 && vowelClass(p.r[1]) != vNone && !p.lenient(k) {
		return // two-letter stems are Ош, Ак; Ле+нин is Ленин
	}
	inner := &kyMorphs[ch.m[ch.n-1]] // the suffix next to the stem
	outer := &kyMorphs[ch.m[0]]
	onlyPoss := inner.slot == slotPoss && inner.alt == altAfterCons &&
		(ch.n == 1 || (ch.n == 2 && outer.nForm && outer.cas == Acc))
	if onlyPoss && p.isUpper(0) && !boundary {
		return // Сталин is not Стал+и+н
	}
	score := ch.score
	if boundary {
		score += bonusBoundary
	}
	if score <= 0 {
		return
	}
	// Case is the outermost case, unless an -дагы form is inside: then the
	// stem's relation to the phrase is attributive-locative.
	cas, plural, poss := Nom, false, false
	for _, i := range ch.m[:ch.n] {
		m := &kyMorphs[i]
		switch {
		case m.slot == slotPoss:
			poss = true
		case m.slot == slotPL1 || m.slot == slotPL2:
			plural = true
		case m.slot == slotAttr:
			cas = AttrLoc
		case cas == Nom:
			cas = m.cas
		}
	}
	a.push(k, k, noAffix, score, cas, plural, poss, langKY)
	if boundary || p.vowels&below(k) == 0 {
		return // abbreviations keep their letters
	}
	last, prev := p.r[k-1], p.r[k-2]
	switch {
	case last == 'л' && isCons(prev):
		a.push(k, k, affixSoft, score+bonusSoftSign, cas, plural, poss, langKY)
	case (last == 'л' || last == 'н' || last == 'р') && p.isUpper(0) && !(last == 'н' && (prev == 'и' || prev == 'ы')):
		// Only names: Kyrgyz spells common loans without the sign.
		a.push(k, k, affixSoft, score-penaltySoftSign, cas, plural, poss, langKY)
	case (last == 'г' || last == 'б') && inner.pat[0] == 'I' && vowelClass(prev) != vNone:
		// Kyrgyz voices a final к/п before a vowel: Бишкек → Бишкеги.
		add := affixK
		if last == 'б' {
			add = affixP
		}
		a.push(k-1, k, add, score+bonusDevoice, cas, plural, poss, langKY)
	}
}

// formants are word-forming endings that a suffix cut never splits when
// they follow a consonant: Persian toponyms in -стан end in a sequence that
// parses as Kyrgyz ablative -тан (Кыргызс+тан).
var formants = [...][]rune{[]rune("стан")}

// cutsFormant reports whether a cut at k falls inside a formant.
func (a *analyzer) cutsFormant(k int) bool {
	p := &a.p
	for _, f := range formants {
		for s := k - len(f) + 1; s < k; s++ {
			// Only after a consonant: Кыргыз+стан, Казак+стан, but
			// Талас+тан is an ablative.
			if s < 1 || s+len(f) > p.n || !isCons(p.r[s-1]) {
				continue
			}
			match := true
			for j, c := range f {
				if p.r[s+j] != c {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}
