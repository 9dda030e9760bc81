package gen

import (
	"strings"

	"github.com/dossier-kg/dossier/internal/translit"
)

type placeKind uint8

const (
	kindRepublic placeKind = iota
	kindRegion
	kindDistrict
	kindVillage
	kindCity
	kindSite
	kindKrai
)

// A place with the phrases the three languages write it in. Phrases carry
// the place's kind word ("Ысык-Көл облусу", "Иссык-Кульская обл.",
// "Issyk-Kul oblast"); bare names ("Ысык-Көл") are what the kind word is
// added to.
type place struct {
	canon  string // the gold's name: "Issyk-Kul Oblast"
	kind   placeKind
	parent *place
	// Kyrgyz: nominative, genitive ("… облусунун"), locative ("… айылында",
	// or as an attribute "… районундагы"), dative ("… облусуна").
	kyNom, kyGen, kyLoc, kyDat string
	// Russian: nominative, genitive ("… обл." → "…ой обл."), accusative
	// ("в …ую обл."), and the prepositional phrase "in" ("в г. Фрунзе").
	ruNom, ruGen, ruAcc, ruIn string
	en                        string
}

// region: an oblast. ky is the Kyrgyz name, ruAdj the stem of the Russian
// adjective ("Иссык-Кульск"), en the English name.
func region(ky, ruAdj, en string) *place {
	return &place{
		canon: en + " Oblast", kind: kindRegion,
		kyNom: ky + " облусу", kyGen: ky + " облусунун", kyLoc: ky + " облусундагы", kyDat: ky + " облусуна",
		ruNom: ruAdj + "ая обл.", ruGen: ruAdj + "ой обл.", ruAcc: ruAdj + "ую обл.", ruIn: "в " + ruAdj + "ой обл.",
		en: en + " oblast",
	}
}

// district: a raion.
func district(ky, ruAdj, en string) *place {
	return &place{
		canon: en + " District", kind: kindDistrict,
		kyNom: ky + " району", kyGen: ky + " районунун", kyLoc: ky + " районундагы", kyDat: ky + " районуна",
		ruNom: ruAdj + "ий р-н", ruGen: ruAdj + "ого р-на", ruAcc: ruAdj + "ий р-н", ruIn: "в " + ruAdj + "ом р-не",
		en: en + " district",
	}
}

// city: its gold name, and its names in Kyrgyz, Russian and English.
func city(canon, ky, ru, en string) *place {
	return &place{
		canon: canon, kind: kindCity,
		kyNom: ky + " шаары", kyGen: ky + " шаарынын", kyLoc: ky + " шаарында", kyDat: ky + " шаарына",
		ruNom: "г. " + ru, ruGen: "г. " + ru, ruAcc: "г. " + ru, ruIn: "в г. " + ru,
		en: en,
	}
}

// republic: its phrases are given whole.
func republic(canon, kyNom, kyGen, ruNom, ruGen, en string) *place {
	return &place{
		canon: canon, kind: kindRepublic,
		kyNom: kyNom, kyGen: kyGen, kyLoc: kyGen + " аймагындагы", kyDat: kyNom + "не",
		ruNom: ruNom, ruGen: ruGen, ruAcc: ruNom, ruIn: "в " + ruGen,
		en: en,
	}
}

// The places of the cards. Regions and districts are those of the late
// 1930s; village names are made up from parts (see villageKind).
var (
	kyrgyzSSR = republic("Kyrgyz SSR", "Кыргыз ССРи", "Кыргыз ССРинин", "Киргизская ССР", "Киргизской ССР", "Kirghiz SSR")
	kazakhSSR = republic("Kazakh SSR", "Казак ССРи", "Казак ССРинин", "Казахская ССР", "Казахской ССР", "Kazakh SSR")
	uzbekSSR  = republic("Uzbek SSR", "Өзбек ССРи", "Өзбек ССРинин", "Узбекская ССР", "Узбекской ССР", "Uzbek SSR")
	tatarASSR = republic("Tatar ASSR", "Татар АССРи", "Татар АССРинин", "Татарская АССР", "Татарской АССР", "Tatar ASSR")
	ussr      = republic("USSR", "СССР", "СССРдин", "СССР", "СССР", "USSR")
	rsfsr     = republic("RSFSR", "РСФСР", "РСФСРдин", "РСФСР", "РСФСР", "RSFSR")

	centralAsia = &place{canon: "Central Asia", kind: kindKrai, kyNom: "Орто Азия", ruNom: "Средняя Азия", ruGen: "Средней Азии", en: "Central Asia"}

	chongTash = &place{
		canon: "Chong-Tash", kind: kindSite,
		kyNom: "Чоң-Таш", kyGen: "Чоң-Таштын", kyLoc: "Чоң-Ташта", kyDat: "Чоң-Ташка",
		ruNom: "урочище Чон-Таш", ruGen: "урочища Чон-Таш", ruAcc: "урочище Чон-Таш", ruIn: "в урочище Чон-Таш",
		en: "Chong-Tash",
	}
)

// A people's republic: its regions with districts, cities, places of
// execution, and the bodies that sentenced and rehabilitated.
type homeland struct {
	rep       *place
	regions   []*place
	districts map[*place][]*place
	cities    []*place
	shotAt    []*place // repeated entries weigh more
	troika    *body
	court     *body
	prosecut  *body
	tribunal  *body
	code      *body
	article   []string
}

func withDistricts(r *place, ds ...*place) (*place, []*place) {
	for _, d := range ds {
		d.parent = r
	}
	return r, ds
}

func newHomelands() map[string]*homeland {
	hs := map[string]*homeland{}
	add := func(key string, h *homeland, regions ...func() (*place, []*place)) {
		h.districts = map[*place][]*place{}
		for _, f := range regions {
			r, ds := f()
			r.parent = h.rep
			h.regions = append(h.regions, r)
			h.districts[r] = ds
		}
		for _, c := range h.cities {
			if c.parent == nil {
				c.parent = h.rep
			}
		}
		hs[key] = h
	}
	frunze := city("Bishkek", "Фрунзе", "Фрунзе", "Frunze")
	osh := city("Osh", "Ош", "Ош", "Osh")
	przh := city("Karakol", "Пржевальск", "Пржевальск", "Przhevalsk")
	jalal := city("Jalal-Abad", "Жалал-Абад", "Джалал-Абад", "Jalal-Abad")
	add("kyrgyz", &homeland{
		rep:    kyrgyzSSR,
		cities: []*place{frunze, osh, przh, jalal, city("Talas", "Талас", "Талас", "Talas"), city("Tokmok", "Токмок", "Токмак", "Tokmak")},
		shotAt: []*place{frunze, frunze, frunze, chongTash, chongTash, osh, osh, przh, jalal},
		troika: troikaOf(kyrgyzSSR, "Кыргыз ССР"), court: courtOf(kyrgyzSSR, "Кыргыз ССРинин"), prosecut: prosecutorOf(kyrgyzSSR, "Кыргыз ССРинин"),
		tribunal: turkvo, code: codeRSFSR, article: articles58,
	},
		func() (*place, []*place) {
			return withDistricts(region("Ысык-Көл", "Иссык-Кульск", "Issyk-Kul"),
				district("Тоң", "Тонск", "Ton"), district("Жети-Өгүз", "Джети-Огузск", "Jeti-Oguz"),
				district("Түп", "Тюпск", "Tyup"), district("Ак-Суу", "Ак-Суйск", "Ak-Suu"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Ош", "Ошск", "Osh"),
				district("Кара-Суу", "Кара-Суйск", "Kara-Suu"), district("Өзгөн", "Узгенск", "Uzgen"),
				district("Алай", "Алайск", "Alay"), district("Ноокат", "Ноокатск", "Nookat"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Жалал-Абад", "Джалал-Абадск", "Jalal-Abad"),
				district("Сузак", "Сузакск", "Suzak"), district("Ала-Бука", "Ала-Букинск", "Ala-Buka"),
				district("Токтогул", "Токтогульск", "Toktogul"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Талас", "Таласск", "Talas"),
				district("Талас", "Таласск", "Talas"), district("Кара-Буура", "Кара-Бууринск", "Kara-Buura"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Фрунзе", "Фрунзенск", "Frunze"),
				district("Кемин", "Кеминск", "Kemin"), district("Сокулук", "Сокулукск", "Sokuluk"),
				district("Аламүдүн", "Аламединск", "Alamedin"), district("Чүй", "Чуйск", "Chuy"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Тянь-Шань", "Тянь-Шаньск", "Tian-Shan"),
				district("Ат-Башы", "Ат-Башинск", "At-Bashy"), district("Кочкор", "Кочкорск", "Kochkor"),
				district("Жумгал", "Джумгальск", "Jumgal"))
		},
	)
	almaata := city("Almaty", "Алма-Ата", "Алма-Ата", "Alma-Ata")
	karaganda := city("Karaganda", "Караганда", "Караганда", "Karaganda")
	chimkent := city("Shymkent", "Чимкент", "Чимкент", "Chimkent")
	semey := city("Semey", "Семипалатинск", "Семипалатинск", "Semipalatinsk")
	add("kazakh", &homeland{
		rep:    kazakhSSR,
		cities: []*place{almaata, karaganda, chimkent, semey},
		shotAt: []*place{almaata, almaata, almaata, karaganda, chimkent, semey},
		troika: troikaOf(kazakhSSR, "Казак ССР"), court: courtOf(kazakhSSR, "Казак ССРинин"), prosecut: prosecutorOf(kazakhSSR, "Казак ССРинин"),
		tribunal: turkvo, code: codeRSFSR, article: articles58,
	},
		func() (*place, []*place) {
			return withDistricts(region("Алма-Ата", "Алма-Атинск", "Alma-Ata"),
				district("Талгар", "Талгарск", "Talgar"), district("Каскелең", "Каскеленск", "Kaskelen"),
				district("Чилик", "Чиликск", "Chilik"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Караганда", "Карагандинск", "Karaganda"),
				district("Нура", "Нуринск", "Nura"), district("Каркаралы", "Каркаралинск", "Karkaraly"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Түштүк Казакстан", "Южно-Казахстанск", "South Kazakhstan"),
				district("Сайрам", "Сайрамск", "Sayram"), district("Түркстан", "Туркестанск", "Turkestan"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Семипалатинск", "Семипалатинск", "Semipalatinsk"),
				district("Абай", "Абайск", "Abay"), district("Жарма", "Жарминск", "Zharma"))
		},
	)
	tashkent := city("Tashkent", "Ташкент", "Ташкент", "Tashkent")
	samarkand := city("Samarkand", "Самарканд", "Самарканд", "Samarkand")
	bukhara := city("Bukhara", "Бухара", "Бухара", "Bukhara")
	kokand := city("Kokand", "Кокон", "Коканд", "Kokand")
	add("uzbek", &homeland{
		rep:    uzbekSSR,
		cities: []*place{tashkent, samarkand, bukhara, kokand, city("Andijan", "Анжиян", "Андижан", "Andijan")},
		shotAt: []*place{tashkent, tashkent, tashkent, samarkand, bukhara, kokand},
		troika: troikaOf(uzbekSSR, "Өзбек ССР"), court: courtOf(uzbekSSR, "Өзбек ССРинин"), prosecut: prosecutorOf(uzbekSSR, "Өзбек ССРинин"),
		tribunal: turkvo, code: codeUzSSR, article: articlesUz,
	},
		func() (*place, []*place) {
			return withDistricts(region("Ташкент", "Ташкентск", "Tashkent"),
				district("Пскент", "Пскентск", "Pskent"), district("Ахангаран", "Ахангаранск", "Akhangaran"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Фергана", "Ферганск", "Fergana"),
				district("Риштан", "Риштанск", "Rishtan"), district("Маргалаң", "Маргиланск", "Margilan"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Самарканд", "Самаркандск", "Samarkand"),
				district("Ургут", "Ургутск", "Urgut"), district("Каттакурган", "Каттакурганск", "Kattakurgan"))
		},
		func() (*place, []*place) {
			return withDistricts(region("Бухара", "Бухарск", "Bukhara"),
				district("Гиждуван", "Гиждуванск", "Gijduvan"), district("Вабкент", "Вабкентск", "Vabkent"))
		},
	)
	kazan := city("Kazan", "Казань", "Казань", "Kazan")
	// The Tatar ASSR had no oblasts: its districts are the regions here,
	// and their parent is the republic.
	add("tatar", &homeland{
		rep:    tatarASSR,
		cities: []*place{kazan, city("Chistopol", "Чистополь", "Чистополь", "Chistopol")},
		shotAt: []*place{kazan},
		troika: troikaOf(tatarASSR, "Татар АССР"), court: courtOf(tatarASSR, "Татар АССРинин"), prosecut: prosecutorOf(tatarASSR, "Татар АССРинин"),
		tribunal: nil, code: codeRSFSR, article: articles58,
	},
		func() (*place, []*place) { return district("Арча", "Арск", "Arsk"), nil },
		func() (*place, []*place) { return district("Мамадыш", "Мамадышск", "Mamadysh"), nil },
		func() (*place, []*place) { return district("Буа", "Буинск", "Buinsk"), nil },
		func() (*place, []*place) {
			return district("Чистополь", "Чистопольск", "Chistopol"), nil
		},
	)
	return hs
}

// Places of exile.
var exileTo = []*place{
	region("Караганда", "Карагандинск", "Karaganda"),
	{canon: "Northern Krai", kind: kindKrai, kyNom: "Түндүк край", kyDat: "Түндүк крайга", ruNom: "Северный край", ruAcc: "Северный край", en: "Northern Krai"},
	{canon: "Narym Krai", kind: kindKrai, kyNom: "Нарым крайы", kyDat: "Нарым крайына", ruNom: "Нарымский край", ruAcc: "Нарымский край", en: "Narym Krai"},
	city("Arkhangelsk", "Архангельск", "Архангельск", "Arkhangelsk"),
	city("Tomsk", "Томск", "Томск", "Tomsk"),
}

// villageKind says how a people's villages are named: a prefix and a root
// (Kyrgyz Кара-Суу, Kazakh Каратобе, Uzbek Янгиарык, Tatar Яна-Чишма),
// hyphenated or not, and the words Russian, Kyrgyz and English put before
// or after the name (с., аул, кишлак, д.; айылы, кыштагы; village, aul,
// kishlak).
type villageKind struct {
	prefixes, roots []string
	hyphen          bool
	ruCue, kyCue    string
	enCue           string
}

var villageKinds = map[string]villageKind{
	"kyrgyz": {
		prefixes: []string{"Кара", "Ак", "Көк", "Сары", "Кызыл", "Чоң", "Кичи", "Жаңы", "Төмөнкү", "Жогорку", "Орто", "Боз"},
		roots:    []string{"Суу", "Таш", "Булак", "Жар", "Талаа", "Көл", "Дөбө", "Өзөн", "Кыя", "Арык", "Токой", "Кайың", "Сай", "Тоо", "Кашка", "Терек", "Жол", "Үңкүр"},
		hyphen:   true, ruCue: "с.", kyCue: "айылы", enCue: "village",
	},
	"kazakh": {
		prefixes: []string{"Кара", "Ак", "Кок", "Сары", "Кызыл", "Жана", "Бес", "Улы", "Теке"},
		roots:    []string{"су", "тобе", "булак", "кудук", "агаш", "жар", "коль", "кайын", "терек", "кум", "озек", "шокы"},
		ruCue:    "аул", kyCue: "айылы", enCue: "aul",
	},
	"uzbek": {
		prefixes: []string{"Янги", "Кора", "Ок", "Кук", "Катта", "Кичик", "Эски", "Сарик", "Олти"},
		roots:    []string{"арык", "тепа", "булок", "куприк", "бог", "сой", "кудук", "курган", "ота", "кент"},
		ruCue:    "кишлак", kyCue: "кыштагы", enCue: "kishlak",
	},
	"tatar": {
		prefixes: []string{"Иске", "Яна", "Олы", "Кече", "Югары", "Тубән", "Кара", "Ак"},
		roots:    []string{"Сала", "Елга", "Куль", "Тау", "Баш", "Чишма", "Урман", "Ашит", "Кармал", "Шигали"},
		hyphen:   true, ruCue: "д.", kyCue: "айылы", enCue: "village",
	},
}

// russianVillages are names of settlements founded by Russian peasants in
// Central Asia, common enough that every region has some.
var russianVillages = []string{
	"Покровка", "Ивановка", "Михайловка", "Николаевка", "Александровка", "Петровка", "Беловодское", "Каменка",
	"Сретенка", "Липенка", "Троицкое", "Воронцовка", "Садовое", "Григорьевка", "Преображенское", "Юрьевка",
	"Лебединовка", "Васильевка", "Знаменка", "Богдановка",
}

// kyToRu spells a Kyrgyz (or Kazakh, Tatar) name as Russian documents did:
// ө → о, ү → у, ң → н, ә → а, and ж → дж at the start of a word.
func kyToRu(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		switch r {
		case 'ө':
			r = 'о'
		case 'Ө':
			r = 'О'
		case 'ү':
			r = 'у'
		case 'Ү':
			r = 'У'
		case 'ң':
			r = 'н'
		case 'ә':
			r = 'а'
		}
		if start && r == 'Ж' {
			b.WriteString("Дж")
		} else if start && r == 'ж' {
			b.WriteString("дж")
		} else {
			b.WriteRune(r)
		}
		start = r == '-' || r == ' '
	}
	return b.String()
}

// latin romanises a name for English cards, in plain ASCII.
func latin(s string) string { return translit.ASCII(translit.Latin(s)) }

// village makes a village place from its name as the people write it and
// as Russian documents write it.
func village(name, ruName string, k villageKind, parent *place) *place {
	en := latin(name)
	return &place{
		canon: en, kind: kindVillage, parent: parent,
		kyNom: name + " " + k.kyCue, kyGen: name + " " + kyGenCue(k.kyCue), kyLoc: name + " " + kyLocCue(k.kyCue), kyDat: name + " " + kyDatCue(k.kyCue),
		ruNom: k.ruCue + " " + ruName, ruGen: ruCueCase[k.ruCue][0] + " " + ruName, ruAcc: k.ruCue + " " + ruName, ruIn: "в " + ruCueCase[k.ruCue][1] + " " + ruName,
		en: en + " " + k.enCue,
	}
}

// ruCueCase gives the genitive and prepositional of the Russian words for
// a settlement (abbreviations do not change).
var ruCueCase = map[string][2]string{
	"с.": {"с.", "с."}, "д.": {"д.", "д."}, "аул": {"аула", "ауле"}, "кишлак": {"кишлака", "кишлаке"},
}

func kyGenCue(c string) string {
	if c == "кыштагы" {
		return "кыштагынын"
	}
	return "айылынын"
}

func kyLocCue(c string) string {
	if c == "кыштагы" {
		return "кыштагында"
	}
	return "айылында"
}

func kyDatCue(c string) string {
	if c == "кыштагы" {
		return "кыштагына"
	}
	return "айылына"
}
