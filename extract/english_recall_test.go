package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestEnglishMembersPlacesOrigins: English prose of biographies, news and
// translated telegrams states memberships, places and origins in ways the
// extractor should read: a members list that opens "Its members are"; a
// settlement "in the X district"; a town that is "the centre of" a region;
// "a native of the village of X"; people "alongside" or "together with" a
// member of a body; a newspaper named after a country. Each text is
// written for this test.
func TestEnglishMembersPlacesOrigins(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-members-are.txt", "In 1921 the congress chose a new Central Bureau. Its members are Ryskulov, Ikramov and Tobolin.\n",
			[]string{"Turar Ryskulov memberOf Central Bureau", "Akmal Ikramov memberOf Central Bureau"}, nil},
		{"en-village-in-district.txt", "The poet grew up in the village of Sary-Bulak in the Talas district.\n",
			[]string{"Sary-Bulak locatedIn Talas District"}, nil},
		{"en-centre-of.txt", "In 1923 Safarov left for Przhevalsk, the centre of the Karakol district, and later for Pishpek, then the administrative center of the Chui district.\n",
			[]string{"Karakol locatedIn Karakol district", "Bishkek locatedIn Chuy District"}, nil},
		{"en-native-of.txt", "Kasym Tynystanov, a native of the village of Chyrpykty near Lake Issyk-Kul, joined the party in 1924.\n",
			[]string{"Kasym Tynystanov bornIn Chyrpykty"}, []string{"bornOn"}},
		{"en-alongside.txt", "In 1917 Dulatov became a member of the Alash Orda government, alongside Alikhan Bukeikhanov and Mukhamedzhan Tynyshpaev.\n",
			[]string{"Mirzhakyp Dulatov memberOf Alash Orda", "Alikhan Bokeikhanov memberOf Alash Orda", "Mukhamedzhan Tynyshpaev memberOf Alash Orda"}, nil},
	})
}

// TestEnglishTitlesWithPlaceNames: a newspaper or journal whose title holds
// a country's or a city's name ("the newspaper Egemen Qazaqstan", "the
// journal Novyi Turkestan") is a Document, not the place. Each text is
// written for this test.
func TestEnglishTitlesWithPlaceNames(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		{"en-newspaper-country.txt", "The list of names was printed in the newspaper Egemen Qazaqstan last spring.\n", "Document Egemen Qazaqstan", "Place Kazakhstan"},
		{"en-newspaper-republic.txt", "In 1937 the newspaper Sovetskaya Kirgiziya called him an enemy of the people.\n", "Document Sovetskaya Kirgiziya", "Place Kyrgyzstan"},
	} {
		got := entityLines(t, c.name, c.text)
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: missing %q; got %q", c.name, c.want, got)
		}
		if slices.Contains(got, c.not) {
			t.Errorf("%s: wrongly %q", c.name, c.not)
		}
	}
}

// entityLines extracts text and returns "Type Name" for each entity.
func entityLines(t *testing.T, name, text string) []string {
	t.Helper()
	return namesOf(t, name, text, "")
}

// TestEnglishTelegramAddresses: a translated telegram's address line may
// open with the addressee's city ("Moscow, to …"); an office whose name
// ends in a plural role ("the Council of People's Commissars") followed by
// a known person's surname names the person's office, not a body called
// after him. Each text is written for this test.
func TestEnglishTelegramAddresses(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-place-first-address.txt", "Moscow, to the People's Commissar for Nationalities Stalin.\n\nVerny, 11 June 1921.\n\nThe rising in the Przhevalsk district is over.\n\nFrunze\n",
			[]string{"Mikhail Frunze wroteTo Joseph Stalin", "Mikhail Frunze reportedFrom Almaty"}, nil},
	})
	got := entityLines(t, "en-office-plural.txt", "In 1919 the petition was read aloud to the Chairman of the Council of People's Commissars Lenin in the Kremlin.\n")
	if !slices.Contains(got, "Person Vladimir Lenin") || slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Organization") && strings.HasSuffix(s, "Lenin") }) {
		t.Errorf("en-office-plural.txt: want Lenin apart from the council; got %q", got)
	}
}

// TestEnglishGovernmentOf: "the government of" a state, in lower case, is a
// body its chairman heads and its ministers belong to. Each text is
// written for this test.
func TestEnglishGovernmentOf(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-government-of.txt", "In 1920 Khodzhaev became chairman of the government of the Bukharan People's Soviet Republic.\n",
			[]string{"Faizulla Khodzhaev headOf government of the Bukharan People's Soviet Republic"}, []string{"Faizulla Khodzhaev headOf Bukharan People's Soviet Republic$"}},
	})
}

// TestEnglishUnitsNamedAfterPlaces: "the Bukhara district" or "the
// Turkestan district" is a district named after a known place, even when
// the name also serves as an adjective ("Turkestan Commission"); "the
// Semirechye region" is the known region itself. Each text is written for
// this test.
func TestEnglishUnitsNamedAfterPlaces(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-district-after-region.txt", "The school stood in the village of Shornak in the Turkestan district.\n",
			[]string{"Shornak locatedIn Turkestan district"}, []string{"Shornak locatedIn Turkestan$"}},
	})
	got := entityLines(t, "en-region-level.txt", "Refugees from the Semirechye region crossed into China in 1916; Semirechye lost a third of its people.\n")
	if slices.Contains(got, "Place Semirechye region") || !slices.Contains(got, "Place Semirechye") {
		t.Errorf("en-region-level.txt: want one place Semirechye; got %q", got)
	}
}

// TestEnglishNumberedActs: an order or a decree named by its issuer and its
// number or date is a Document ("the order of the OGPU of the USSR No.
// 44/21", "a decree of the Presidium … of 16 January 1989"), and the body
// that issued it is still the one that rehabilitated. Each text is written
// for this test.
func TestEnglishNumberedActs(t *testing.T) {
	got := entityLines(t, "en-numbered-acts.txt", "The folder holds the order of the OGPU of the USSR No. 44/21, dated 1930. The camp was closed by a decree of the Council of Ministers of 10 May 1956.\n")
	for _, want := range []string{"Document order of the OGPU of the USSR No. 44/21", "Document decree of the Council of Ministers of 10 May 1956"} {
		if !slices.Contains(got, want) {
			t.Errorf("en-numbered-acts.txt: missing %q; got %q", want, got)
		}
	}
	runFactCases(t, []factCase{
		{"en-rehabilitated-by-decree.txt", "Abdrakhmanov was rehabilitated by a decree of the Presidium of the Supreme Soviet of the USSR of 28 March 1958.\n",
			[]string{"Zhusup Abdrakhmanov rehabilitatedBy Presidium of the Supreme Soviet of the USSR"}, nil},
	})
}

// TestEnglishKazakhNamesAndCommissionsOn: present-day Kazakh given names
// (Erlan, Zhanar) open a person's name, and a body named "Commission on …"
// has "Commission" for its head; its chairman heads it. Each text is
// written for this test.
func TestEnglishKazakhNamesAndCommissionsOn(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-commission-on.txt", "The Commission on Archival Affairs is chaired by Erlan Abil, and Zhanar Bek is its secretary.\n",
			[]string{"Erlan Abil headOf Commission on Archival Affairs"}, nil},
	})
}

// TestEnglishOfficesAndSeats: more English ways of stating an office, a
// seat and a place: "chairman of the board of" a body heads the body; one
// who "sat on" a bureau was its member; a publishing house "in" a city
// stands there; a town is "a city of" a region; a city's district is "the
// X district of" the city. Each text is written for this test.
func TestEnglishOfficesAndSeats(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-board-of.txt", "From 1924 Tynystanov was chairman of the board of the Kyrgyz State Publishing House in Frunze.\n",
			[]string{"Kasym Tynystanov headOf Kyrgyz State Publishing House", "Kyrgyz State Publishing House locatedIn Bishkek"}, nil},
		{"en-sat-on.txt", "In 1925 Abdrakhmanov sat on the Central Asian Bureau of the Central Committee.\n",
			[]string{"Zhusup Abdrakhmanov memberOf Central Asian Bureau of the Central Committee"}, nil},
		{"en-a-city-of.txt", "The teacher was born in Przhevalsk, a town of the Semirechye region, in 1899.\n",
			[]string{"Karakol locatedIn Semirechye"}, nil},
		{"en-district-of-city.txt", "The archive now occupies a building in the Oktyabr district of Bishkek.\n",
			[]string{"Oktyabr district locatedIn Bishkek"}, nil},
	})
}

// TestEnglishPossessiveBodies: "the archive's director X" heads the archive
// named before. Each text is written for this test.
func TestEnglishPossessiveBodies(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-possessive-body.txt", "The Central State Archive received the files in 1991. The archive's director Kubat Osmonov signed the act of transfer.\n",
			[]string{"Kubat Osmonov headOf Central State Archive"}, nil},
	})
}

// TestEnglishKnownTails: a known body's name that ends in another known
// name after "of the" names that one too ("the Central Executive Committee
// of the Turkestan ASSR" names the Turkestan ASSR), except a court's
// jurisdiction. Each text is written for this test.
func TestEnglishKnownTails(t *testing.T) {
	got := entityLines(t, "en-known-tails.txt", "In 1921 the Central Executive Committee of the Turkestan ASSR met in Tashkent, and the Turkestan Bureau of the Central Committee of the RCP(b) sent two delegates.\n")
	for _, want := range []string{"Place Turkestan ASSR", "Organization Central Committee of the RCP(b)"} {
		if !slices.Contains(got, want) {
			t.Errorf("en-known-tails.txt: missing %q; got %q", want, got)
		}
	}
}

// TestEnglishSameYearInSentence: "the same year" after a year named earlier
// in the same sentence is that year, not the year of the sentence before.
// Each text is written for this test.
func TestEnglishSameYearInSentence(t *testing.T) {
	runDatedCases(t, []factCase{
		{"en-same-year.txt", "Sydykov came to Tashkent in 1918. In 1922 he was appointed chairman of the Central Executive Committee of the Turkestan ASSR, and in the same year he sat on the Central Asian Bureau of the Central Committee.\n",
			[]string{"Abdykerim Sydykov memberOf Central Asian Bureau of the Central Committee 1922"}, nil},
	})
}

// TestEnglishOrdinalBodies: "the Fourth State Duma" is the convocation one
// is elected to, not the State Duma at large. Each text is written for
// this test.
func TestEnglishOrdinalBodies(t *testing.T) {
	runFactCases(t, []factCase{
		{"en-ordinal-duma.txt", "In 1912 Bukeikhanov was not elected, but his ally Kulmanov was elected to the Fourth State Duma.\n",
			[]string{"Kulmanov appointedTo Fourth State Duma"}, []string{"Kulmanov appointedTo State Duma"}},
	})
}
