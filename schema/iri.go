package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/translit"
)

// kindPath is the IRI path segment for each entity type.
func kindPath(t dossier.EntityType) string {
	switch t {
	case dossier.Person:
		return "person"
	case dossier.Place:
		return "place"
	case dossier.Organization:
		return "organization"
	case dossier.Event:
		return "event"
	case dossier.DocumentType:
		return "work"
	}
	return "thing"
}

// Kinds lists the path segments of minted IRIs below ID, in a fixed order:
// the entity kinds, then the kinds of events minted from facts.
func Kinds() []string {
	return []string{"person", "place", "organization", "event", "work",
		"letter", "birth", "death", "execution", "arrest", "exile", "rehabilitation", "appointment"}
}

// EntityIRI mints the IRI of an entity from its type and preferred name:
// https://w3id.org/dossier/id/person/joseph-stalin. A name that slugs to
// nothing (only punctuation) gets a hash of the name instead.
func EntityIRI(t dossier.EntityType, name string) string {
	slug := translit.Slug(name)
	if slug == "" {
		slug = "x" + shortHash(name)
	}
	return ID + kindPath(t) + "/" + slug
}

// Disambiguate appends a short hash of key to an IRI, for the rare case where
// two different entities of one type slug to the same IRI.
func Disambiguate(iri, key string) string { return iri + "-" + shortHash(key)[:6] }

// DocIRI mints the IRI (and named-graph label) of a source document from its
// ID: https://w3id.org/dossier/doc/seeds/000.txt.
func DocIRI(id string) string {
	segs := strings.Split(strings.ReplaceAll(id, "\\", "/"), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return Doc + strings.Join(segs, "/")
}

// DocID is the inverse of DocIRI; ok is false for IRIs outside Doc.
func DocID(iri string) (string, bool) {
	if !strings.HasPrefix(iri, Doc) {
		return "", false
	}
	segs := strings.Split(iri[len(Doc):], "/")
	for i, s := range segs {
		u, err := url.PathUnescape(s)
		if err != nil {
			return "", false
		}
		segs[i] = u
	}
	return strings.Join(segs, "/"), true
}

// StatementIRI mints a statement IRI from the parts that identify it.
func StatementIRI(parts ...string) string { return Stmt + shortHash(parts...) }

// EvidenceIRI mints the IRI of one piece of evidence of a statement.
func EvidenceIRI(stmt string, e dossier.Evidence) string {
	return stmt + "/ev/" + shortHash(e.Doc, e.Span.String(), e.Rule)[:10]
}

// LetterIRI mints the IRI of the event of a letter being written.
func LetterIRI(sender, recipient string, date *dossier.Date, docID string) string {
	d := "undated"
	if date != nil && date.ISO() != "" {
		d = date.ISO()
	}
	return ID + "letter/" + lastSeg(sender) + "-to-" + lastSeg(recipient) + "-" + strings.Trim(d, "-") + "-" + shortHash(sender, recipient, d, docID)[:6]
}

// EventIRI mints the IRI of an event of kind (a segment of Kinds) from
// the IRIs, and for repeatable events the date, that identify it:
// …/id/execution/kasym-tynystanov, …/id/exile/leon-trotsky-to-alma-ata,
// …/id/arrest/kasym-tynystanov-1937-08. The parts are the last segments of
// the IRIs given, joined by "-to-", then the date; the same facts in any
// document mint the same event.
func EventIRI(kind string, who, whereTo string, date *dossier.Date) string {
	s := lastSeg(who)
	if whereTo != "" {
		s += "-to-" + lastSeg(whereTo)
	}
	if date != nil && date.ISO() != "" {
		s += "-" + strings.Trim(date.ISO(), "-")
	}
	return ID + kind + "/" + s
}

func lastSeg(iri string) string {
	if i := strings.LastIndexByte(iri, '/'); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
