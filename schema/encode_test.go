package schema_test

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/schema"
)

// has reports whether qs hold s p o (o nil: any object).
func has(qs []quad.Quad, s, p string, o quad.Value) bool {
	for _, q := range qs {
		if q.Subject == quad.IRI(s) && q.Predicate == quad.IRI(p) && (o == nil || q.Object == o) {
			return true
		}
	}
	return false
}

func typed(v, t string) quad.Value { return quad.TypedString{Value: quad.String(v), Type: quad.IRI(t)} }

func TestEventsInSEMShape(t *testing.T) {
	qs := encodeFixture(t)
	exe := schema.ID + "execution/kasym-tynystanov"
	arrest := schema.ID + "arrest/kasym-tynystanov-1937-08"
	for _, c := range []struct {
		s, p string
		o    quad.Value
	}{
		{exe, schema.RDFType, quad.IRI(schema.ClassExecution)},
		{exe, schema.RDFType, quad.IRI(schema.ClassSEMEvent)},
		{exe, schema.RDFType, quad.IRI(schema.ClassEvent)},
		{exe, schema.HasActor, quad.IRI(fixture.Tynystanov)},
		{exe, schema.HasPlace, quad.IRI(fixture.ChongTash)}, // from executedIn
		{exe, schema.HasTime, typed("1938-11-06", schema.XSDDate)},
		{exe, schema.Name, quad.LangString{Value: "Execution of Kasym Tynystanov", Lang: "en"}},
		{arrest, schema.HasTime, typed("1937-08", schema.XSDGYearMonth)},
		{arrest, schema.HasEarliest, typed("1937-08-01", schema.XSDDate)},
		{arrest, schema.HasLatest, typed("1937-08-31", schema.XSDDate)},
		{schema.ID + "birth/kasym-tynystanov", schema.HasTime, typed("1900", schema.XSDGYear)},
		{schema.ID + "rehabilitation/kasym-tynystanov", schema.HasTime, typed("1958", schema.XSDGYear)},
	} {
		if !has(qs, c.s, c.p, c.o) {
			t.Errorf("no %s %s %v", c.s, c.p, c.o)
		}
	}
	if has(qs, exe, schema.HasEarliest, nil) {
		t.Error("an event dated to the day has bounds")
	}
	// the hedged memberOf: a statement, but no edge and no event
	if has(qs, fixture.Tynystanov, schema.PredicateIRI(dossier.MemberOf), nil) {
		t.Error("a hedged statement became a direct edge")
	}
}

func TestNamesAndLabels(t *testing.T) {
	enc := schema.Encoder{Labels: func(e *dossier.Entity) []dossier.Name {
		if e.ID == fixture.Stalin {
			return []dossier.Name{{Text: "Joseph Stalin", Lang: "en"}, {Text: "Иосиф Сталин", Lang: "ru"}, {Text: "Сталин", Lang: "ru"}, {Text: "Иосиф Сталин", Lang: "ky"}}
		}
		return nil
	}}
	x := fixture.Extractions()[0]
	var qs []quad.Quad
	if err := enc.Encode(x, func(s dossier.Statement) error { qs = append(qs, s.Quad); return nil }); err != nil {
		t.Fatal(err)
	}
	labels := 0
	for _, q := range qs {
		if q.Subject == quad.IRI(fixture.Stalin) && q.Predicate == quad.IRI(schema.RDFSLabel) {
			labels++
		}
	}
	if labels != 3 || !has(qs, fixture.Stalin, schema.RDFSLabel, quad.LangString{Value: "Иосиф Сталин", Lang: "ru"}) {
		t.Errorf("%d labels for Stalin, want one each @en @ru @ky", labels)
	}
	if !has(qs, fixture.Stalin, schema.Name, quad.LangString{Value: "Joseph Stalin", Lang: "en"}) ||
		!has(qs, fixture.Tynystanov, schema.AltName, quad.LangString{Value: fixture.KyrgyzName, Lang: "ky"}) ||
		!has(qs, fixture.Stalin, schema.SameAs, quad.IRI(schema.WD+"Q855")) {
		t.Error("names, alternate names or sameAs missing")
	}
}

func TestDatesReadBackWhole(t *testing.T) {
	for _, d := range []dossier.Date{
		{Year: 1925, Month: 5, Day: 5, Precision: dossier.PrecisionDay},
		{Year: 1937, Month: 8, Precision: dossier.PrecisionMonth},
		{Year: 1937, Precision: dossier.PrecisionYear},
		{Year: 1920, Precision: dossier.PrecisionDecade},
		{Year: 1900, Precision: dossier.PrecisionCentury},
		{Month: 5, Day: 1, Precision: dossier.PrecisionDay},
		{Month: 11, Precision: dossier.PrecisionMonth},
	} {
		prec := ""
		if d.Precision == dossier.PrecisionDecade || d.Precision == dossier.PrecisionCentury {
			prec = d.Precision.String()
		}
		got, ok := schema.DateOf(schema.DateLiteral(d), prec)
		if !ok || got.ISO() != d.ISO() || got.Precision != d.Precision {
			t.Errorf("%s read back as %s (%v)", d.ISO(), got.ISO(), ok)
		}
	}
	if _, ok := schema.DateOf(quad.String("1925"), ""); ok {
		t.Error("a plain string read as a date")
	}
}
