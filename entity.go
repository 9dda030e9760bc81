package dossier

import (
	"fmt"
	"strings"
)

// EntityType is the kind of thing an entity is.
type EntityType string

// The entity types Dossier extracts; they map to schema.org classes.
const (
	Person       EntityType = "Person"
	Place        EntityType = "Place"
	Organization EntityType = "Organization"
	Event        EntityType = "Event"
	DocumentType EntityType = "Document"
)

// EntityTypes lists every entity type in a fixed order.
var EntityTypes = []EntityType{Person, Place, Organization, Event, DocumentType}

// Valid reports whether t is one of EntityTypes.
func (t EntityType) Valid() bool {
	for _, u := range EntityTypes {
		if t == u {
			return true
		}
	}
	return false
}

// ParseEntityType reads an entity type written in any letter case
// ("person", "Person"); "" gives "" (any type).
func ParseEntityType(s string) (EntityType, error) {
	if s == "" {
		return "", nil
	}
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("entity type %q: want person, place, organization, event or document", s)
}

// Name is one way a source writes an entity's name, as written (the
// name-as-written of the factoid model), with the language of the passage.
type Name struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Mention is one place in a document where an entity is named.
type Mention struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Entity is one real person, place, organisation, event or document, however
// many ways the sources write its name.
type Entity struct {
	// ID is the entity's IRI, minted from its type and preferred name.
	ID   string     `json:"id"`
	Type EntityType `json:"type"`
	// Class refines Type: "Letter", "Execution", "City", ... (optional).
	Class string `json:"class,omitempty"`
	// Name is the preferred name, in Latin script.
	Name string `json:"name"`
	// Names are the surface forms the documents use, in order of first use.
	Names []Name `json:"names,omitempty"`
	// Wikidata is the entity's Wikidata ID ("Q855") when the gazetteer knows it.
	Wikidata string `json:"wikidata,omitempty"`
	// Mentions are where the entity is named in the document being extracted.
	Mentions []Mention `json:"mentions,omitempty"`
}

// AddName records a surface form once, keeping first-use order.
func (e *Entity) AddName(n Name) {
	for _, m := range e.Names {
		if m.Text == n.Text {
			return
		}
	}
	e.Names = append(e.Names, n)
}
