package schema

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// DateLiteral renders a date as a typed literal at its precision: xsd:date,
// xsd:gYearMonth or xsd:gYear; decades and centuries as the xsd:gYear of
// their first year (their bounds say the rest); dates without a year as
// xsd:gMonthDay or xsd:gMonth.
func DateLiteral(d dossier.Date) quad.Value {
	switch d.Precision {
	case dossier.PrecisionDay:
		if d.Year == 0 {
			return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gMonthDay")}
		}
		return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "date")}
	case dossier.PrecisionMonth:
		if d.Year == 0 {
			return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gMonth")}
		}
		return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gYearMonth")}
	case dossier.PrecisionYear, dossier.PrecisionDecade, dossier.PrecisionCentury:
		y := d.Year
		switch d.Precision {
		case dossier.PrecisionDecade:
			y = y / 10 * 10
		case dossier.PrecisionCentury:
			y = y / 100 * 100
		}
		return quad.TypedString{Value: quad.String(fmt.Sprintf("%04d", y)), Type: quad.IRI(XSD + "gYear")}
	}
	return quad.String(d.String())
}

func dateOnly(iso string) quad.Value {
	return quad.TypedString{Value: quad.String(iso), Type: quad.IRI(XSDDate)}
}

// DateOf reads back a date DateLiteral wrote. precision is the node's
// dossier:datePrecision ("decade", "century" or ""), which the literal
// cannot show. ok is false for a value that is not a Dossier date literal.
func DateOf(v quad.Value, precision string) (d dossier.Date, ok bool) {
	ts, isTyped := v.(quad.TypedString)
	if !isTyped {
		return d, false
	}
	s := string(ts.Value)
	num := func(t string) int {
		n, err := strconv.Atoi(t)
		if err != nil {
			ok = false
		}
		return n
	}
	ok = true
	switch string(ts.Type) {
	case XSDDate:
		p := strings.Split(s, "-")
		if len(p) != 3 {
			return d, false
		}
		d = dossier.Date{Year: num(p[0]), Month: num(p[1]), Day: num(p[2]), Precision: dossier.PrecisionDay}
	case XSDGYearMonth:
		p := strings.Split(s, "-")
		if len(p) != 2 {
			return d, false
		}
		d = dossier.Date{Year: num(p[0]), Month: num(p[1]), Precision: dossier.PrecisionMonth}
	case XSDGYear:
		d = dossier.Date{Year: num(s), Precision: dossier.PrecisionYear}
		switch precision {
		case dossier.PrecisionDecade.String():
			d.Precision = dossier.PrecisionDecade
		case dossier.PrecisionCentury.String():
			d.Precision = dossier.PrecisionCentury
		}
	case XSD + "gMonthDay":
		if len(s) != 7 || !strings.HasPrefix(s, "--") {
			return d, false
		}
		d = dossier.Date{Month: num(s[2:4]), Day: num(s[5:7]), Precision: dossier.PrecisionDay}
	case XSD + "gMonth":
		if len(s) != 4 || !strings.HasPrefix(s, "--") {
			return d, false
		}
		d = dossier.Date{Month: num(s[2:4]), Precision: dossier.PrecisionMonth}
	default:
		return d, false
	}
	return d, ok
}
