package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
)

// ruPlaceCommitteeHead reports a Russian executive or revolutionary
// committee written as a common noun in any case ("исполкома",
// "ревкомом"), which a place in the genitive after it makes a body:
// "исполкома Кара-Киргизской автономной области".
func ruPlaceCommitteeHead(w string) bool {
	return strings.HasPrefix(w, "исполком") || strings.HasPrefix(w, "ревком")
}

// ruPlaceCommittees adds the committee of a place ("председателем
// исполкома Кара-Киргизской автономной области", "членом ревкома
// Ошского уезда"): the lower-case committee noun and the known place in
// the genitive after it are a mention of a body of their own, with the
// noun's case; the place stays, nested in it. Without it the office
// would be read as the place's.
func (d *docState) ruPlaceCommittees(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	n := len(ms)
	for _, p := range ms[:n] {
		if p.typ != dossier.Place || p.start == 0 || p.nested {
			continue
		}
		if p.lastCase != morph.Gen && p.lastCase != morph.Unknown {
			continue
		}
		k := p.start - 1
		if toks[k].Upper() || !ruPlaceCommitteeHead(toks[k].Lower) {
			continue
		}
		taken := false
		for _, o := range ms {
			if o != p && o.start <= k && o.end > k {
				taken = true
			}
		}
		if taken {
			continue
		}
		m := d.newMention(si, k, p.end, "ru-place-committee", 0.7)
		m.typ = dossier.Organization
		m.lastCase = d.caseOf(&d.sents[si], k, k+1)
		p.nested = true
		ms = append(ms, m)
	}
	return ms
}

// ruCommitteeOwner extends a Russian party or Komsomol committee's name
// ending at token k with the organisation it belongs to, written as a
// common noun in the genitive after it: "Акмолинского губкома партии",
// "Акмолинского губкома комсомола" are two bodies, not one "губком". It
// returns the name's new end.
func (d *docState) ruCommitteeOwner(si, k int) int {
	toks := d.sents[si].Tokens
	if k == 0 || k >= len(toks) {
		return k
	}
	switch toks[k].Lower {
	case "партии", "комсомола":
	default:
		return k
	}
	if !hasAnySuffix(toks[k-1].Lower, "кома", "коме", "комом", "кому", "ком") {
		return k // "губкома", "окружкомом": a committee's head noun before it
	}
	return k + 1
}
