package gizmo

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/index"
)

// fakeResolver knows two people by any text that contains their surname.
type fakeResolver struct{}

func (fakeResolver) Resolve(_ context.Context, text string, t dossier.EntityType) (index.Hit, error) {
	for _, p := range []string{"abdrakhmanov", "peters"} {
		if strings.Contains(strings.ToLower(text), p) && (t == "" || t == dossier.Person) {
			return index.Hit{Entity: index.Entity{IRI: "https://w3id.org/dossier/id/person/" + p, Name: p, Type: dossier.Person}}, nil
		}
	}
	return index.Hit{}, index.ErrNotFound
}

func TestBind(t *testing.T) {
	ctx := context.Background()
	ego, err := Lookup("ego")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ego.Bind(ctx, fakeResolver{}, map[string]string{"person": "Zhusup Abdrakhmanov"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Script, `var params = {"fanout":200,"hops":2,"person":"<https://w3id.org/dossier/id/person/abdrakhmanov>"};`) {
		t.Errorf("script does not start with the bound parameters:\n%.300s", b.Script)
	}
	if v := b.Values["hops"]; v.Int == nil || *v.Int != 2 || v.Given != "2" {
		t.Errorf("default hops = %+v", v)
	}
	if v := b.Values["person"]; v.IRI != "https://w3id.org/dossier/id/person/abdrakhmanov" || v.Given != "Zhusup Abdrakhmanov" {
		t.Errorf("person = %+v", v)
	}
	corr, _ := Lookup("correspondence")
	b, err = corr.Bind(ctx, fakeResolver{}, nil)
	if err != nil || !strings.Contains(b.Script, `"from":null`) {
		t.Errorf("optional parameters: %v\n%.200s", err, b.Script)
	}
	for _, c := range []struct {
		q    string
		args map[string]string
		want string
	}{
		{"ego", nil, "needs person"},
		{"ego", map[string]string{"person": "Peters", "depth": "2"}, `no parameter "depth"`},
		{"ego", map[string]string{"person": "Peters", "hops": "two"}, "whole number"},
		{"ego", map[string]string{"person": "Peters", "hops": "9"}, "want 1 to 3"},
		{"ego", map[string]string{"person": "Kalinin"}, "name index"},
		{"members", map[string]string{"org": "Peters"}, "name index"}, // a person is not an organisation
	} {
		q, _ := Lookup(c.q)
		_, err := q.Bind(ctx, fakeResolver{}, c.args)
		if !errors.Is(err, ErrParam) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %v: err = %v, want ErrParam with %q", c.q, c.args, err, c.want)
		}
	}
	if _, err := Lookup("nosuch"); !errors.Is(err, ErrUnknown) || !strings.Contains(err.Error(), "comentions") {
		t.Errorf("Lookup(nosuch) = %v", err)
	}
}

func TestLibraryIsComplete(t *testing.T) {
	want := []string{"ego", "correspondence", "timeline", "where", "members", "path", "comentions"}
	if got := strings.Join(Names(), " "); got != strings.Join(want, " ") {
		t.Fatalf("library = %s, want %s", got, strings.Join(want, " "))
	}
	for _, q := range Library() {
		if q.Title == "" || q.Doc == "" || q.Rows == "" || q.body == "" {
			t.Errorf("%s is not documented", q.Name)
		}
		for _, p := range q.Params {
			if p.Doc == "" || p.Example == "" {
				t.Errorf("%s.%s has no doc or example", q.Name, p.Name)
			}
		}
	}
}
