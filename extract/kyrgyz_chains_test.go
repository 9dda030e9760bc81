package extract

import "testing"

// TestKyrgyzDistrictsInAnyCase: a place name followed by район, уезд,
// болуштук or облус in any case or possessive form is the gazetteer's
// unit when the gazetteer knows it ("Кочкор районунда" is Kochkor
// District, not a new "Kochkor rayon"), and otherwise one entity named
// with the unit's English head ("Ak-Kyya District"). The people are
// made up.
func TestKyrgyzDistrictsInAnyCase(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-district-loc.txt", "Асан Бекиев 1901-жылы Кочкор районунда туулган.\n",
			[]string{"Asan Bekiev bornIn Kochkor District"}, []string{"rayon"}},
		{"ky-district-dat.txt", "Асан Бекиев 1901-жылы Жумгал районуна караштуу Чаек айылында туулган.\n",
			[]string{"Asan Bekiev bornIn Chaek", "Chaek locatedIn Jumgal District"}, []string{"rayon"}},
		{"ky-district-gen.txt", "Асан Бекиев 1901-жылы Ат-Башы районунун Казыбек айылында туулган.\n",
			[]string{"Asan Bekiev bornIn Kazybek", "Kazybek locatedIn At-Bashy District"}, []string{"rayon"}},
		{"ky-uezd-loc.txt", "Асан Бекиев 1890-жылы Пишпек уездинде туулган.\n",
			[]string{"Asan Bekiev bornIn Pishpek Uezd"}, []string{"uezd$"}},
		{"ky-unknown-district.txt", "Асан Бекиев 1901-жылы Ак-Кыя районунда туулган.\n",
			[]string{"Asan Bekiev bornIn Ak-Kyya District"}, []string{"rayon"}},
		{"ky-unknown-volost.txt", "Асан Бекиев 1890-жылы Саяк болуштугунда туулган.\n",
			[]string{"Asan Bekiev bornIn Sayak Volost"}, nil},
	})
}

// TestKyrgyzSubordinatePlaces: "X районуна караштуу Y айылы" and "Y айылы
// Z облусунун X районуна караштуу" put Y in X; the unit in the dative
// before караштуу is not where a life event happened. The people and
// villages are made up.
func TestKyrgyzSubordinatePlaces(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-karashtuu-before.txt", "Асан Бекиев 1901-жылы Жумгал районуна караштуу Чаек айылында туулган.\n",
			[]string{"Asan Bekiev bornIn Chaek", "Chaek locatedIn Jumgal District"}, []string{"bornIn Jumgal"}},
		{"ky-karashtuu-after.txt", "Кок-Сай айылы Нарын облусунун Ат-Башы районуна караштуу. Асан Бекиев ошол жерде туулган.\n",
			[]string{"Kok-Say locatedIn At-Bashy District", "At-Bashy District locatedIn Naryn Oblast"}, nil},
	})
}

// TestKyrgyzJoinedTheParty: "партияга 1925-жылы өткөн", "партиянын
// катарына кирген" name no party, and in a Soviet biography mean the
// Bolshevik party. The people are made up.
func TestKyrgyzJoinedTheParty(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-party-passed.txt", "Асан Бекиев партияга 1925-жылы өткөн.\n",
			[]string{"Asan Bekiev memberOf Russian Communist Party (Bolsheviks)"}, nil},
		{"ky-party-ranks.txt", "1920-жылы Асан Бекиев партиянын катарына кирген.\n",
			[]string{"Asan Bekiev memberOf Russian Communist Party (Bolsheviks)"}, nil},
		{"ky-party-other.txt", "Асан Бекиев партиянын тарыхы тууралуу китеп жазган.\n",
			nil, []string{"memberOf"}},
	})
}

// TestKyrgyzCouncilAsKenesh: Kyrgyz writes the Council of People's
// Commissars with "кеңеш" as often as with "совет". The people are made
// up.
func TestKyrgyzCouncilAsKenesh(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-kenesh.txt", "1933-жылы Асан Бекиев Кыргыз АССРинин Эл комиссарлар кеңешинин төрагасы болуп шайланган.\n",
			[]string{"Asan Bekiev headOf Council of People's Commissars of the Kyrgyz ASSR", "Asan Bekiev appointedTo Council of People's Commissars of the Kyrgyz ASSR"}, nil},
		{"ky-kenesh-bare.txt", "Асан Бекиев Кыргыз ССРинин Эл Комиссарлар Кеңешинде иштеген.\n",
			[]string{"Asan Bekiev memberOf Council of People's Commissars of the Kyrgyz ASSR"}, nil},
	})
}

// TestKyrgyzQualifiedVillage: "Төмөнкү Кочкор айылы" (Lower Kochkor) is a
// village of its own, not the known Kochkor; the valley in the attributive
// locative before it holds it. The people are made up.
func TestKyrgyzQualifiedVillage(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-lower-village.txt", "Болот Алиев Кочкор өрөөнүндөгү Төмөнкү Кочкор айылында туулган.\n",
			[]string{"Bolot Aliev bornIn Tömönkü Kochkor", "Tömönkü Kochkor locatedIn Kochkor Valley"}, []string{"Bolot Aliev bornIn Kochkor$", "Kochkor locatedIn Kochkor Valley$"}},
		{"ky-upper-village.txt", "Болот Алиев 1899-жылы Жогорку Нарын кыштагында туулган.\n",
			[]string{"Bolot Aliev bornIn Zhogorku Naryn"}, []string{"Bolot Aliev bornIn Naryn$"}},
	})
}

// TestKyrgyzBiographyVerbs: "жарыкка келген" (was born), "акталып" (being
// rehabilitated, a converb), "мүчөлүгүнө кабыл алынган" (admitted to the
// membership of). The people are made up.
func TestKyrgyzBiographyVerbs(t *testing.T) {
	runFactCases(t, []factCase{
		{"ky-came-to-light.txt", "Асан Бекиев 1899-жылы Ош шаарында жарыкка келген.\n",
			[]string{"Asan Bekiev bornIn Osh", "Asan Bekiev bornOn 1899"}, nil},
		{"ky-rehab-converb.txt", "Асан Бекиев 1957-жылы акталып, үй-бүлөсүнө кабар берилген.\n",
			[]string{"Asan Bekiev rehabilitatedOn 1957"}, nil},
		{"ky-membership.txt", "1926-жылы Асан Бекиев Кошчу союзунун мүчөлүгүнө кабыл алынган.\n",
			[]string{"Asan Bekiev memberOf Koshchi Union"}, nil},
	})
}
