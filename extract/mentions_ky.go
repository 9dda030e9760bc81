package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
)

// kyJoinVerbs begin the Kyrgyz verbs of joining the party: "партияга
// 1925-жылы өткөн", "партиянын катарына кирген", "партияга кабыл алынган".
var kyJoinVerbs = []string{"өткөн", "өтүп", "өттү", "кирген", "кирип", "кирди", "кабыл"}

// kyPartyJoined reads the common noun "партия" of a Kyrgyz biography as
// the Bolshevik party where someone joins it ("партияга 1925-жылы өткөн",
// "партиянын катарына кирген", "партиянын мүчөлүгүнө кабыл алынган"): in
// the Soviet years that is the party one joined, never named. The word is
// then a mention of that gazetteer entry, which the membership rules read.
func (d *docState) kyPartyJoined() {
	party := -1
	for si := range d.sents {
		s := &d.sents[si]
		if s.Lang != "ky" {
			continue
		}
		toks := s.Tokens
		for ti := range toks {
			t := &toks[ti]
			if t.Kind != segment.Word || t.Upper() || !strings.HasPrefix(t.Lower, "партия") || d.covered(si, ti) {
				continue
			}
			if !kyJoinsAfter(toks, ti+1) {
				continue
			}
			if party < 0 {
				if party = d.x.gaz.Index(dossier.Organization, "rcp-b"); party < 0 {
					return
				}
			}
			m := d.newMention(si, ti, ti+1, "ky-party-joined", 0.6)
			m.typ, m.entry = dossier.Organization, party
			d.addMention(si, m)
		}
	}
}

// kyJoinsAfter reports a verb of joining within the four tokens from k,
// with only a date, "катарына" (its ranks) or "мүчөлүгүнө" (its
// membership) before it.
func kyJoinsAfter(toks []segment.Token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		w := toks[j].Lower
		if kyJoinVerb(w) {
			return true
		}
		switch {
		case toks[j].Kind == segment.Number, w == "-", strings.HasPrefix(w, "жыл"), w == "катарына", strings.HasPrefix(w, "мүчөлүгү"):
		default:
			return false
		}
	}
	return false
}

// kyJoinVerb reports a word (lower case) that begins like a Kyrgyz verb of
// joining (kyJoinVerbs).
func kyJoinVerb(w string) bool {
	for _, v := range kyJoinVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}
