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
