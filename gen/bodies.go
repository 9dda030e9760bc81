package gen

// A body: an organisation (party, troika, court, camp) or a document (a
// criminal code) with the phrases the cards write it in. Russian has the
// nominative (fields: "Осуждён: тройка НКВД …") and the instrumental
// (sentences: "осуждён тройкой НКВД …"). inner is the place the name
// contains ("… Киргизской ССР"), with the forms it takes inside each
// phrase; the gold lists it as an entity of its own, as the sample
// collection's gold does.
type body struct {
	canon      string
	typ        string // Organization or Document
	ky, ru     string
	ruIns, ruP string // instrumental; prepositional ("в Карлаге")
	kyLoc      string // Kyrgyz locative ("Карлагда")
	en         string
	// aliases besides the phrases themselves (abbreviations written inside
	// them)
	inner                     *place
	innerKy, innerRu, innerEn string
}

func troikaOf(rep *place, kyRep string) *body {
	return &body{
		canon: "Troika of the NKVD of the " + rep.canon, typ: "Organization",
		ky: kyRep + " НКВДнын үчилтиги", ru: "тройка НКВД " + rep.ruGen, ruIns: "тройкой НКВД " + rep.ruGen,
		en: "NKVD troika of the " + rep.en, inner: rep, innerKy: kyRep, innerRu: rep.ruGen, innerEn: rep.en,
	}
}

func courtOf(rep *place, kyRepGen string) *body {
	return &body{
		canon: "Supreme Court of the " + rep.canon, typ: "Organization",
		ky: kyRepGen + " Жогорку соту", ru: "Верховный суд " + rep.ruGen, ruIns: "Верховным судом " + rep.ruGen,
		en: "Supreme Court of the " + rep.en, inner: rep, innerKy: kyRepGen, innerRu: rep.ruGen, innerEn: rep.en,
	}
}

func prosecutorOf(rep *place, kyRepGen string) *body {
	return &body{
		canon: "Prosecutor's Office of the " + rep.canon, typ: "Organization",
		ky: kyRepGen + " прокуратурасы", ru: "Прокуратура " + rep.ruGen, ruIns: "Прокуратурой " + rep.ruGen,
		en: "Prosecutor's Office of the " + rep.en, inner: rep, innerKy: kyRepGen, innerRu: rep.ruGen, innerEn: rep.en,
	}
}

var (
	partyVKPb = &body{canon: "Russian Communist Party (Bolsheviks)", typ: "Organization", ky: "ВКП(б)", ru: "ВКП(б)", ruIns: "ВКП(б)", en: "VKP(b)"}
	komsomol  = &body{canon: "Komsomol", typ: "Organization", ky: "ВЛКСМ", ru: "ВЛКСМ", ruIns: "ВЛКСМ", en: "Komsomol"}

	militaryCollegium = &body{
		canon: "Military Collegium of the Supreme Court of the USSR", typ: "Organization",
		ky: "СССР Жогорку сотунун Аскер коллегиясы", ru: "Военная коллегия Верховного суда СССР", ruIns: "Военной коллегией Верховного суда СССР",
		en: "Military Collegium of the USSR Supreme Court", inner: ussr, innerKy: "СССР", innerRu: "СССР", innerEn: "USSR",
	}
	specialBoard = &body{
		canon: "Special Board of the NKVD of the USSR", typ: "Organization",
		ky: "СССР НКВДсынын алдындагы Өзгөчө кеңеш", ru: "Особое совещание при НКВД СССР", ruIns: "Особым совещанием при НКВД СССР",
		en: "Special Board of the USSR NKVD", inner: ussr, innerKy: "СССР", innerRu: "СССР", innerEn: "USSR",
	}
	ogpuTroika = &body{
		canon: "OGPU Troika in Central Asia", typ: "Organization",
		ky: "ОГПУнун Орто Азия боюнча үчилтиги", ru: "тройка ПП ОГПУ в Средней Азии", ruIns: "тройкой ПП ОГПУ в Средней Азии",
		en: "OGPU troika for Central Asia", inner: centralAsia, innerKy: "Орто Азия", innerRu: "Средней Азии", innerEn: "Central Asia",
	}
	ogpuCollegium = &body{
		canon: "OGPU Collegium", typ: "Organization",
		ky: "ОГПУнун коллегиясы", ru: "Коллегия ОГПУ", ruIns: "Коллегией ОГПУ", en: "OGPU Collegium",
	}
	turkvo = &body{
		canon: "Military Tribunal of the Turkestan Military District", typ: "Organization",
		ky: "Түркстан аскер округунун аскер трибуналы", ru: "Военный трибунал ТуркВО", ruIns: "Военным трибуналом ТуркВО",
		en: "Military Tribunal of the Turkestan Military District",
	}

	codeRSFSR = &body{
		canon: "Criminal Code of the RSFSR", typ: "Document",
		ky: "РСФСР Кылмыш кодексинин", ru: "УК РСФСР", en: "Criminal Code of the RSFSR",
		inner: rsfsr, innerKy: "РСФСР", innerRu: "РСФСР", innerEn: "RSFSR",
	}
	codeUzSSR = &body{
		canon: "Criminal Code of the Uzbek SSR", typ: "Document",
		ky: "Өзбек ССРинин Кылмыш кодексинин", ru: "УК Узбекской ССР", en: "Criminal Code of the Uzbek SSR",
		inner: uzbekSSR, innerKy: "Өзбек ССРинин", innerRu: "Узбекской ССР", innerEn: "Uzbek SSR",
	}
)

// Articles of the charges: the counter-revolutionary article 58 of the
// RSFSR code with its points, and its counterpart 66–67 in the Uzbek code.
var (
	articles58 = []string{"58-10", "58-10", "58-10", "58-2, 58-11", "58-8, 58-11", "58-7", "58-1а", "58-6", "58-10, 58-11", "58-9"}
	articlesUz = []string{"66", "66, 67", "67", "63-1"}
)

// Camps of the Gulag, as organisations (the sample collection's gold
// treats them so). women marks the camp for wives of "traitors".
type camp struct {
	body
	women bool
}

func newCamp(canon, ru, ruP, kyLoc, en string, women bool) camp {
	return camp{body: body{canon: canon, typ: "Organization", ky: ru, ru: ru, ruIns: ru, ruP: ruP, kyLoc: kyLoc, en: en}, women: women}
}

var camps = []camp{
	newCamp("Karlag", "Карлаг", "Карлаге", "Карлагда", "Karlag", false),
	newCamp("Sevvostlag", "Севвостлаг", "Севвостлаге", "Севвостлагда", "Sevvostlag", false),
	newCamp("Siblag", "Сиблаг", "Сиблаге", "Сиблагда", "Siblag", false),
	newCamp("Ustvymlag", "Устьвымлаг", "Устьвымлаге", "Устьвымлагда", "Ustvymlag", false),
	newCamp("BAMlag", "Бамлаг", "Бамлаге", "Бамлагда", "BAMlag", false),
	newCamp("Belbaltlag", "Белбалтлаг", "Белбалтлаге", "Белбалтлагда", "Belbaltlag", false),
	newCamp("ALZhIR", "АЛЖИР", "АЛЖИРе", "АЛЖИРде", "ALZhIR", true),
	newCamp("Temlag", "Темлаг", "Темлаге", "Темлагда", "Temlag", true),
}
