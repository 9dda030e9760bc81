package extract

import "github.com/dossier-kg/dossier"

// demoteBareSurnames gives a surname alone back to the document when the
// gazetteer matched it to a known person the document never names in full
// and the document names someone else with that surname: in a news item about
// "Мамбет Жээнбеков", a later "Жээнбеков" is Mambet, not the president
// Sooronbay Jeenbekov. The mention then resolves as a name found by its shape
// (see findPerson).
func (d *docState) demoteBareSurnames(all []*mention) {
	var bare []*mention
	full := map[int]bool{} // entries some mention names with more than a surname
	for _, m := range all {
		if m.entry < 0 || m.typ != dossier.Person {
			continue
		}
		if m.end-m.start == 1 {
			bare = append(bare, m)
		} else {
			full[m.entry] = true
		}
	}
	for _, m := range bare {
		pk := d.x.people[m.entry]
		if pk == nil || full[m.entry] {
			continue
		}
		lk := d.x.nameKeys(m.text)
		if !intersects(lk, pk.last) || intersects(lk, pk.first) {
			continue // not the known person's surname
		}
		if d.namesakeInFull(lk, pk) {
			m.entry = -1
			m.person.Last = m.text
		}
	}
}

// namesakeInFull reports a person found by shape with a surname of keys lk
// and a given name the gazetteer person pk does not have.
func (d *docState) namesakeInFull(lk []string, pk *personKeys) bool {
	for _, ms := range d.ments {
		for _, o := range ms {
			if o.entry >= 0 || o.typ != dossier.Person || o.person.First == "" || o.person.Last == "" {
				continue
			}
			if !shareKey(d.x.nameKeys(o.person.Last), lk) {
				continue
			}
			if !intersects(d.x.nameKeys(o.person.First), pk.first) {
				return true
			}
		}
	}
	return false
}
