package gen

import (
	"math/rand/v2"
	"strconv"
)

// date is a date at the precision a card gives: month and day may be 0.
type date struct{ y, m, d int }

// iso renders the date at its precision, as the gold writes it.
func (d date) iso() string {
	s := strconv.Itoa(d.y)
	if d.m > 0 {
		s += "-" + two(d.m)
		if d.d > 0 {
			s += "-" + two(d.d)
		}
	}
	return s
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// days counts days from 1 January 1900 (a proleptic calendar is enough
// for spacing dates apart).
func (d date) days() int {
	n := (d.y - 1900) * 365
	for m := 1; m < d.m; m++ {
		n += daysIn(d.y, m)
	}
	return n + d.d
}

func fromDays(n int) date {
	y := 1900 + n/365
	n %= 365
	m := 1
	for n >= daysIn(y, m) && m < 12 {
		n -= daysIn(y, m)
		m++
	}
	d := n + 1
	if d > daysIn(y, m) {
		d = daysIn(y, m)
	}
	return date{y, m, d}
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 {
			return 29
		}
		return 28
	}
	return 31
}

// coarsen drops the day (and sometimes the month) with the given odds, as
// cards that give only a month or a year do.
func coarsen(r *rand.Rand, d date, pMonth, pYear float64) date {
	x := r.Float64()
	switch {
	case x < pYear:
		return date{y: d.y}
	case x < pYear+pMonth:
		return date{y: d.y, m: d.m}
	}
	return d
}

type outcome uint8

const (
	outShot outcome = iota
	outCamp
	outExile
)

type partyStatus uint8

const (
	partyNone partyStatus = iota
	partyMember
	partyExpelled
	partyKomsomol
)

// occupation in Kyrgyz, Russian (men's and women's forms; empty when the
// occupation is not given to that sex) and English.
type occupation struct{ ky, ruM, ruF, en string }

var occupations = []occupation{
	{"колхозчу", "колхозник", "колхозница", "collective farmer"},
	{"колхозчу", "колхозник", "колхозница", "collective farmer"},
	{"мугалим", "учитель", "учительница", "teacher"},
	{"малчы", "чабан", "", "herdsman"},
	{"колхоздун төрагасы", "председатель колхоза", "председатель колхоза", "chairman of a collective farm"},
	{"молдо", "мулла", "", "mullah"},
	{"айыл кеңешинин төрагасы", "председатель сельсовета", "председатель сельсовета", "chairman of a village soviet"},
	{"эсепчи", "счетовод", "счетовод", "bookkeeper"},
	{"темир уста", "кузнец", "", "blacksmith"},
	{"жеке чарбачы", "единоличник", "единоличница", "individual farmer"},
	{"жеке чарбачы", "единоличник", "единоличница", "individual farmer"},
	{"жумушчу", "рабочий", "работница", "worker"},
	{"мурдагы болуш", "бывший волостной управитель", "", "former volost head"},
	{"мал доктуру", "ветеринарный фельдшер", "ветеринарный фельдшер", "veterinary assistant"},
	{"агроном", "агроном", "агроном", "agronomist"},
	{"кызматкер", "служащий", "служащая", "office worker"},
	{"үй кожайкеси", "", "домохозяйка", "housewife"},
	{"медайым", "", "медсестра", "nurse"},
}

// record is one victim's card: who, born when and where, what happened.
type record struct {
	num    int
	eth    *ethnicity
	home   *homeland
	female bool
	// names in Cyrillic, as Kyrgyz documents write them
	given, father, surname string
	// born is 0 when the card does not say
	born       int
	birthPlace *place // a village or a city; nil when not given
	party      partyStatus
	expelled   int
	occ        occupation
	arrest     date
	code       *body // nil when the card gives no charge
	article    string
	sentencer  *body
	sentenced  date
	out        outcome
	shot       date
	shotAt     *place
	campYears  int
	camp       *camp
	died       *date
	exiledTo   *place
	rehab      *date
	rehabBy    *body
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted picks an index by integer weights.
func weighted(r *rand.Rand, ws ...int) int {
	t := 0
	for _, w := range ws {
		t += w
	}
	x := r.IntN(t)
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// ethnicityFor picks the people of a record in a file of language lang:
// Kyrgyz files are mostly about Kyrgyz people, Russian and English ones
// about every people of the region.
func ethnicityFor(r *rand.Rand, lang string) *ethnicity {
	// kyrgyz, kazakh, russian, uzbek, tatar
	var i int
	switch lang {
	case "ky":
		i = weighted(r, 70, 8, 12, 6, 4)
	case "ru":
		i = weighted(r, 30, 22, 18, 20, 10)
	default:
		i = weighted(r, 30, 25, 15, 20, 10)
	}
	return &ethnicities[i]
}

// newRecord makes a record for card num of a file in language lang.
func (g *generator) newRecord(r *rand.Rand, num int, lang string) *record {
	rec := &record{num: num, eth: ethnicityFor(r, lang)}
	e := rec.eth
	home := e.home
	if e.key == "russian" {
		home = []string{"kyrgyz", "kyrgyz", "kazakh", "uzbek"}[r.IntN(4)]
	} else if r.IntN(10) == 0 {
		home = []string{"kyrgyz", "kazakh", "uzbek"}[r.IntN(3)]
	}
	rec.home = g.homes[home]
	rec.female = r.IntN(100) < 12

	// names
	if rec.female {
		rec.given = pick(r, e.female)
	} else {
		rec.given = pick(r, e.male)
	}
	rec.father = pick(r, e.male)
	if e.key == "russian" {
		rec.surname = pick(r, russianSurnames)
	} else {
		stems := e.stems
		if r.IntN(2) == 0 || len(stems) == 0 {
			stems = e.male
		}
		if r.IntN(4) == 0 {
			// the surname made from the father's name, as many were in the
			// 1920s
			rec.surname = surnameOf(rec.father)
		} else {
			rec.surname = surnameOf(pick(r, stems))
		}
		if e.key == "tatar" && r.IntN(3) == 0 {
			rec.surname = tatarSurname(pick(r, stems))
		}
	}
	if rec.female {
		rec.surname = femaleSurname(rec.surname)
	}

	// when: collectivisation (1930–1933), the Great Terror (1937–1938), or
	// the later years (1939–1950)
	period := weighted(r, 20, 65, 15)
	var from, to date
	switch period {
	case 0:
		from, to = date{1930, 1, 1}, date{1933, 12, 31}
	case 1:
		from, to = date{1937, 6, 1}, date{1938, 11, 15}
	default:
		from, to = date{1939, 1, 1}, date{1950, 12, 31}
	}
	arrest := fromDays(from.days() + r.IntN(to.days()-from.days()+1))
	rec.arrest = coarsen(r, arrest, 0.12, 0.05)
	age := 20 + r.IntN(50)
	if r.IntN(20) > 0 {
		rec.born = arrest.y - age
	}
	rec.birthPlace = g.birthPlace(r, rec)
	switch x := r.IntN(100); {
	case x < 30:
		rec.party = partyMember
	case x < 38:
		rec.party = partyExpelled
		rec.expelled = arrest.y - 1 - r.IntN(3)
	case x < 45 && age < 30:
		rec.party = partyKomsomol
	}
	for {
		rec.occ = pick(r, occupations)
		if (rec.female && rec.occ.ruF != "") || (!rec.female && rec.occ.ruM != "") {
			break
		}
	}
	if r.IntN(10) < 7 {
		rec.code = rec.home.code
		rec.article = pick(r, rec.home.article)
	}

	// who sentenced, and to what
	sent := fromDays(arrest.days() + 10 + r.IntN(110))
	switch period {
	case 0:
		rec.sentencer = ogpuTroika
		if rec.home.rep == tatarASSR {
			rec.sentencer = ogpuCollegium
		}
		rec.out = outcome(weighted(r, 20, 35, 45))
	case 1:
		switch weighted(r, 75, 10, 15) {
		case 0:
			rec.sentencer = rec.home.troika
			rec.out = outcome(weighted(r, 70, 30, 0))
		case 1:
			rec.sentencer = militaryCollegium
			rec.out = outShot
		default:
			rec.sentencer = specialBoard
			rec.out = outCamp
		}
	default:
		if rec.home.tribunal != nil && r.IntN(2) == 0 {
			rec.sentencer = rec.home.tribunal
			rec.out = outcome(weighted(r, 15, 85, 0))
		} else {
			rec.sentencer = specialBoard
			rec.out = outCamp
		}
	}
	if rec.female && rec.out == outShot && r.IntN(100) < 85 {
		rec.out = outCamp
	}
	rec.sentenced = coarsen(r, sent, 0.05, 0)
	switch rec.out {
	case outShot:
		rec.shot = coarsen(r, fromDays(sent.days()+r.IntN(21)), 0.10, 0.05)
		rec.shotAt = pick(r, rec.home.shotAt)
		if rec.shotAt == chongTash && rec.shot.y != 1937 && rec.shot.y != 1938 {
			rec.shotAt = rec.home.shotAt[0]
		}
	case outCamp:
		rec.campYears = pick(r, []int{5, 8, 10, 10, 10, 15})
		if sent.y >= 1947 {
			rec.campYears = pick(r, []int{10, 25, 25})
		}
		for {
			c := &camps[r.IntN(len(camps))]
			if c.women == rec.female || (!c.women && r.IntN(3) == 0) {
				rec.camp = c
				break
			}
		}
		if r.IntN(10) < 3 {
			d := coarsen(r, fromDays(sent.days()+200+r.IntN(365*rec.campYears)), 0.2, 0.3)
			rec.died = &d
		}
	case outExile:
		rec.exiledTo = pick(r, exileTo)
	}

	// rehabilitation
	if r.IntN(100) < 80 {
		var d date
		if r.IntN(10) < 6 {
			d = fromDays(date{1955, 1, 1}.days() + r.IntN(8*365))
		} else {
			d = fromDays(date{1988, 1, 1}.days() + r.IntN(5*365))
		}
		d = coarsen(r, d, 0.05, 0.25)
		rec.rehab = &d
		switch x := r.IntN(100); {
		case x < 15:
			// date only
		case rec.sentencer == militaryCollegium:
			rec.rehabBy = militaryCollegium
		case x < 55:
			rec.rehabBy = rec.home.court
		case x < 75:
			rec.rehabBy = rec.home.prosecut
		case rec.home.tribunal != nil:
			rec.rehabBy = rec.home.tribunal
		default:
			rec.rehabBy = rec.home.court
		}
	}
	return rec
}

// tatarSurname makes the -ин surnames common among Tatars: Сафа → Сафин.
func tatarSurname(stem string) string {
	r := []rune(stem)
	switch r[len(r)-1] {
	case 'а', 'я', 'й', 'ь':
		return string(r[:len(r)-1]) + "ин"
	}
	return stem + "ин"
}

// birthPlace picks where the person was born: mostly a village of the
// home republic with its district and region, sometimes a city, rarely
// nothing.
func (g *generator) birthPlace(r *rand.Rand, rec *record) *place {
	h := rec.home
	switch x := r.IntN(100); {
	case x < 6:
		return nil
	case x < 22:
		return pick(r, h.cities)
	}
	reg := pick(r, h.regions)
	parent := reg
	if ds := h.districts[reg]; len(ds) > 0 && r.IntN(10) < 8 {
		parent = pick(r, ds)
	}
	if rec.eth.key == "russian" {
		n := pick(r, russianVillages)
		return village(n, n, villageKinds["kyrgyz"], parent)
	}
	k := villageKinds[rec.eth.key]
	if rec.eth.key == "tatar" && h.rep != tatarASSR {
		k = villageKinds["kyrgyz"]
	}
	p, q := pick(r, k.prefixes), pick(r, k.roots)
	name := p + q
	if k.hyphen {
		name = p + "-" + q
	}
	return village(name, kyToRu(name), k, parent)
}
