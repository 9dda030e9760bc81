package dossier

import "testing"

// keyByConcat is Key as it was first written, kept to pin the one-allocation
// version to it.
func keyByConcat(f *Fact) string {
	obj := f.Object
	if f.ObjectDate != nil {
		obj = f.ObjectDate.String()
	}
	s, o := f.Subject, obj
	if f.Predicate.Symmetric() && o < s {
		s, o = o, s
	}
	date := ""
	if f.Date != nil {
		date = f.Date.String()
	}
	return s + "\x00" + string(f.Predicate) + "\x00" + o + "\x00" + date + "\x00" + f.Place + "\x00" + string(f.Stance)
}

func TestKeyMatchesConcat(t *testing.T) {
	end := Date{Year: 1938, Precision: PrecisionYear}
	dates := []*Date{
		nil,
		{},
		{Year: 1925, Month: 5, Day: 5, Precision: PrecisionDay},
		{Month: 5, Precision: PrecisionMonth},
		{Year: 1937, Precision: PrecisionYear, End: &end},
		{Year: 1920, Precision: PrecisionDecade},
	}
	// "0" sorts before the dates' digits and "Z" after, so symmetric
	// predicates swap either way
	subjects := []string{"", "0", "Q1", "Z", "ent/abc"}
	objects := []string{"", "0", "Q2", "Z", "ent/abd"}
	preds := []Predicate{AlliedWith, MemberOf, BornIn, "custom"}
	for _, s := range subjects {
		for _, o := range objects {
			for _, p := range preds {
				for _, od := range dates {
					for _, dt := range dates {
						for _, place := range []string{"", "P"} {
							for _, st := range []Stance{"", Asserted} {
								f := &Fact{Subject: s, Predicate: p, Object: o, ObjectDate: od, Date: dt, Place: place, Stance: st}
								if got, want := f.Key(), keyByConcat(f); got != want {
									t.Errorf("%+v: Key() = %q, want %q", f, got, want)
								}
							}
						}
					}
				}
			}
		}
	}
	if !AlliedWith.Symmetric() {
		t.Fatal("the test needs a symmetric predicate")
	}
}

func BenchmarkKey(b *testing.B) {
	f := &Fact{
		Subject: "ent/person/abcdef", Predicate: MemberOf, Object: "ent/org/ghijkl",
		Date: &Date{Year: 1925, Month: 5, Day: 5, Precision: PrecisionDay}, Place: "ent/place/mnop", Stance: Asserted,
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = f.Key()
	}
}
