package morph

import "testing"

// TestKyrgyz covers every suffix family in each harmony class and after a
// vowel, a voiced and a voiceless sound, the pronominal-n forms after a
// possessive, chains, abbreviations, loanwords and hyphenated names.
func TestKyrgyz(t *testing.T) {
	runStemCases(t, []stemCase{
		// Genitive: н- after a vowel, д- after a voiced sound, т- after a
		// voiceless one; ы и у ү by the last vowel.
		{"Москванын", "Москва", true},
		{"Фрунзенин", "Фрунзе", true},
		{"Бюронун", "Бюро", true},
		{"Кетмен-Төбөнүн", "Кетмен-Төбө", true},
		{"Кыргыздын", "Кыргыз", true},
		{"Сталиндин", "Сталин", true},
		{"Абдрахмановдун", "Абдрахманов", true},
		{"Ысык-Көлдүн", "Ысык-Көл", true},
		{"Таластын", "Талас", true},
		{"Бишкектин", "Бишкек", true},
		{"Жусуптун", "Жусуп", true},
		{"Түрктүн", "Түрк", true},
		{"Чүйдүн", "Чүй", true},
		{"Лениндин", "Ленин", true},
		{"Молотовдун", "Молотов", true},
		// Dative: г- after a vowel or voiced sound, к- after a voiceless one.
		{"Москвага", "Москва", true},
		{"Сталинге", "Сталин", true},
		{"Ворошиловго", "Ворошилов", true},
		{"Үзгөнгө", "Үзгөн", true},
		{"Нарынга", "Нарын", true},
		{"Жусупка", "Жусуп", true},
		{"Бишкекке", "Бишкек", true},
		{"Токмокко", "Токмок", true},
		{"Түрккө", "Түрк", true},
		{"Калининге", "Калинин", true},
		{"Троцкийге", "Троцкий", true},
		{"Жалал-Абадга", "Жалал-Абад", true},
		// Accusative.
		{"Москваны", "Москва", true},
		{"Фрунзени", "Фрунзе", true},
		{"Бюрону", "Бюро", true},
		{"Кетмен-Төбөнү", "Кетмен-Төбө", true},
		{"Кыргызстанды", "Кыргызстан", true},
		{"Сталинди", "Сталин", true},
		{"Абдрахмановду", "Абдрахманов", true},
		{"Ысык-Көлдү", "Ысык-Көл", true},
		{"Таласты", "Талас", true},
		{"Бишкекти", "Бишкек", true},
		{"Жусупту", "Жусуп", true},
		{"Түрктү", "Түрк", true},
		// Locative.
		{"Москвада", "Москва", true},
		{"Фрунзеде", "Фрунзе", true},
		{"Ала-Тоодо", "Ала-Тоо", true},
		{"Караколдо", "Каракол", true},
		{"Ысык-Көлдө", "Ысык-Көл", true},
		{"Үзгөндө", "Үзгөн", true},
		{"Таласта", "Талас", true},
		{"Ташкентте", "Ташкент", true},
		{"Ошто", "Ош", true},
		{"Түрктө", "Түрк", true},
		{"Чүйдө", "Чүй", true},
		// Ablative.
		{"Бухарадан", "Бухара", true},
		{"Москвадан", "Москва", true},
		{"Фрунзеден", "Фрунзе", true},
		{"Караколдон", "Каракол", true},
		{"Үзгөндөн", "Үзгөн", true},
		{"Таластан", "Талас", true},
		{"Ташкенттен", "Ташкент", true},
		{"Оштон", "Ош", true},
		{"Түрктөн", "Түрк", true},
		// Attributive locative, bare and with plural and case after it.
		{"Азиядагы", "Азия", true},
		{"Москвадагы", "Москва", true},
		{"Ташкенттеги", "Ташкент", true},
		{"Оштогу", "Ош", true},
		{"Караколдогу", "Каракол", true},
		{"Үзгөндөгү", "Үзгөн", true},
		{"Таластагы", "Талас", true},
		{"Түрктөгү", "Түрк", true},
		{"Тифилисидеги", "Тифилиси", true},
		{"Тифилисидеги", "Тифилис", false},
		{"Москвадагылар", "Москва", true},
		{"Москвадагылардын", "Москва", true},
		{"Орто Азиядагы", "Орто Азия", true},
		// Plural: л- after a vowel, р, й; д- after another voiced sound;
		// т- after a voiceless one.
		{"кыргыздар", "кыргыз", true},
		{"орустар", "орус", true},
		{"казактар", "казак", true},
		{"өзбектер", "өзбек", true},
		{"немистер", "немис", true},
		{"уезддер", "уезд", true},
		{"бийлер", "бий", true},
		{"байлар", "бай", true},
		{"тоолор", "тоо", true},
		{"көлдөр", "көл", true},
		{"үйлөр", "үй", true},
		{"түрктөр", "түрк", true},
		// Plural + case.
		{"кыргыздардын", "кыргыз", true},
		{"кыргыздарга", "кыргыз", true},
		{"кыргыздардан", "кыргыз", true},
		{"большевиктердин", "большевик", true},
		// 3rd-person possessive: -ы after a consonant, -сы after a vowel;
		// alone, and with the pronominal-n case forms after it.
		{"Азиясы", "Азия", true},
		{"Республикасы", "Республика", true},
		{"облусу", "облус", true},
		{"комитети", "комитет", true},
		{"бюросу", "бюро", true},
		{"Республикасын", "Республика", true},
		{"облусун", "облус", true},
		{"областынын", "област", true},
		{"комитетинин", "комитет", true},
		{"бюросунун", "бюро", true},
		{"уюмунун", "уюм", true},
		{"облусунун", "облус", true},
		{"уездинин", "уезд", true},
		{"Союзунун", "Союз", true},
		{"облусуна", "облус", true},
		{"комитетине", "комитет", true},
		{"Көлүнө", "Көл", true},
		{"облусунда", "облус", true},
		{"Азиясында", "Азия", true},
		{"облусунан", "облус", true},
		{"комитетинен", "комитет", true},
		{"Азиясындагы", "Азия", true},
		{"уезди", "уезд", false},
		// Final к/п voiced before the possessive vowel.
		{"Бишкегинде", "Бишкек", false},
		{"Токмогунда", "Токмок", false},
		// Abbreviations: any allomorph, in either letter case.
		{"АССРнин", "АССР", true},
		{"БКнын", "БК", true},
		{"СССРдин", "СССР", true},
		{"СССРге", "СССР", true},
		{"РСФСРдин", "РСФСР", true},
		{"ВКП(б)нын", "ВКП(б)", true},
		{"ВКП(б)га", "ВКП(б)", true},
		{"ЖАМУнун", "ЖАМУ", true},
		{"КазАССРдин", "КазАССР", true},
		{"ОГПУнун", "ОГПУ", true},
		{"ОГПУга", "ОГПУ", true},
		{"НКВДга", "НКВД", true},
		{"ЦКга", "ЦК", true},
		{"ВЦИКке", "ВЦИК", true},
		{"СССРдеги", "СССР", true},
		{"СССРДИН", "СССР", true},
		{"АССРНИН", "АССР", true},
		{"БКНЫН", "БК", true},
		{"ВКП(Б)НЫН", "ВКП(Б)", true},
		{"СТАЛИНГЕ", "СТАЛИН", true},
		{"АССРи", "АССР", true},
		{"Кыргыз АССРи", "Кыргыз АССР", true},
		{"АССРин", "АССР", true},
		// Loanwords: harmony on the last vowel; lost soft sign.
		{"Каменскийдин", "Каменский", true},
		{"Кремлдеги", "Кремль", true},
		{"Кремлдеги", "Кремл", false},
		{"Кремлде", "Кремль", true},
		{"Кремлге", "Кремль", true},
		{"КРЕМЛДЕГИ", "КРЕМЛЬ", true},
		{"Казандан", "Казань", false},
		{"Сибирге", "Сибирь", false},
		{"Тифлисте", "Тифлис", true},
		// Hyphenated names: the last part is analysed.
		{"Кара-Кыргызстандан", "Кара-Кыргызстан", true},
		{"Мамбетимин-уулунун", "Мамбетимин-уулу", true},
	})
}

// TestKyrgyzMisfits checks that an allomorph that does not fit its stem
// (wrong harmony or assimilation) is not stripped from an ordinary word.
func TestKyrgyzMisfits(t *testing.T) {
	for _, tc := range []struct{ word, stem string }{
		{"Сталинга", "Сталин"},   // а after и
		{"Москваге", "Москва"},   // е after а
		{"Ташкентде", "Ташкент"}, // д after т
		{"Жусупга", "Жусуп"},     // г after п
		{"Таласдан", "Талас"},    // д after с
		{"Москвадын", "Москва"},  // д after a vowel
		{"Үзгөнда", "Үзгөн"},     // а after ө
		{"Кыргызтар", "Кыргыз"},  // т after з
	} {
		for _, a := range Kyrgyz(tc.word)[1:] {
			if a.Stem == tc.stem {
				t.Errorf("Kyrgyz(%q) stripped a misfit suffix: %s", tc.word, describe(Kyrgyz(tc.word)))
			}
		}
	}
}
