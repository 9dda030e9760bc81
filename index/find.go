package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/translit"
	"github.com/dossier-kg/dossier/schema"
)

// Scores of the ways one query word can match a key the index holds.
const (
	scoreExact  = 1.0  // the word as written has the key
	scoreStem   = 0.85 // a base form of the word has it (Абдрахмановдун → Абдрахманов)
	scorePrefix = 0.6  // the last word of the query begins the key (type-ahead)
	scoreFuzzy  = 0.7  // times the similarity: a near spelling (Abdrahmanov ~ Abdrakhmanov)
	// initialMiss multiplies the score of a candidate none of whose names
	// has a word starting with an initial the query gives.
	initialMiss = 0.5
)

// Bounds on the work one query may do.
const (
	defaultLimit = 10
	prefixLimit  = 2000  // postings read for a prefix
	fuzzyLimit   = 20000 // postings read looking for near spellings
	fuzzyMin     = 0.88  // Jaro-Winkler similarity of keys a near spelling needs
)

// ErrNotFound means no entity has a name matching the text.
var ErrNotFound = errors.New("no such name in the name index")

// Query asks the index for the entities a text names.
type Query struct {
	// Text is any form of a name: in Cyrillic or Latin script, inflected
	// (Абдрахмановдун), with initials (Ж. Абдрахманов), in part (Жусуп),
	// or an entity IRI.
	Text string
	// Type restricts the hits to one entity type ("" for any).
	Type dossier.EntityType
	// Limit caps the hits (default 10).
	Limit int
}

// Hit is an entity that matches a query.
type Hit struct {
	Entity
	// Score in (0, 1]: 1 when every word of the query is a word of one of
	// the entity's names as written.
	Score float64 `json:"score"`
	// Matched is the name form that matched best.
	Matched string `json:"matched,omitempty"`
}

// qword is one word of a query with its keys.
type qword struct {
	surface string
	stems   []string
}

// Find returns the entities whose names match q.Text, best first: every word
// of the text (initials aside) must match a word of one of the entity's
// names, as written, through a base form (either side may be inflected), as
// the beginning of a word (the last word only, for type-ahead) or, when
// nothing else matches that word, as a near spelling. Initials rank down
// the entities that have no name word starting with them. Ties go to the
// entity more documents mention, then to the smaller IRI.
//
// Cost: one index lookup per key of each word (a word has one to three),
// plus a bounded scan for the last word's prefix and for near spellings;
// independent of the size of the store.
func (n *Names) Find(ctx context.Context, q Query) ([]Hit, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	text := strings.TrimSpace(q.Text)
	if iri, ok := asIRI(text); ok {
		e, found, err := n.Entity(ctx, iri)
		if err != nil || !found || (q.Type != "" && e.Type != q.Type) {
			return nil, err
		}
		return []Hit{{Entity: e, Score: 1, Matched: e.Name}}, nil
	}
	var ws []qword
	var initials []string
	var years []string // "Asan Sadykov 1910", "asan-sadykov-1910": a namesake's year of birth
	for _, w := range words(text) {
		if isYear(w) {
			years = append(years, w)
			continue
		}
		surface, stems := wordKeys(w)
		switch {
		case len(surface) >= minKey:
			ws = append(ws, qword{surface: surface, stems: stems})
		case len(surface) == 1:
			initials = append(initials, surface)
		}
	}
	if len(ws) == 0 {
		return nil, nil
	}
	// Without initials the order of the candidates is final. Initials rank
	// candidates down by a fixed factor, so the best are still among the
	// first few times limit.
	keep := limit
	if len(initials) > 0 {
		keep = limit * 16
	}
	var hits []Hit
	err := n.db.View(func(tx *bolt.Tx) error {
		sums := tx.Bucket([]byte(bSum))
		typeOf := func(m match, iri string) (dossier.EntityType, int) {
			if m.sum == nil {
				m.sum = sums.Get([]byte(iri))
			}
			return readSummary(m.sum)
		}
		// One word without initials: its exact and base-form matches of the
		// type asked for may already fill the hits. (An initial halves the
		// score of a candidate without it, which a prefix match may beat.)
		var enough func(map[string]match) bool
		if len(ws) == 1 && len(initials) == 0 {
			enough = func(m map[string]match) bool {
				if len(m) < keep {
					return false
				}
				n := 0
				for iri, x := range m {
					if t, _ := typeOf(x, iri); q.Type == "" || t == q.Type {
						if n++; n >= keep {
							return true
						}
					}
				}
				return false
			}
		}
		var cands map[string]match
		for i, w := range ws {
			if err := ctx.Err(); err != nil {
				return err
			}
			scores := matchWord(tx, w, i == len(ws)-1, enough)
			if i == 0 {
				cands = scores
			} else {
				for iri, c := range cands {
					if s, ok := scores[iri]; ok {
						c.score += s.score
						cands[iri] = c
					} else {
						delete(cands, iri)
					}
				}
			}
			if len(cands) == 0 {
				return nil
			}
		}
		// Rank the candidates by score and number of documents from their
		// summaries, then read the full records of the best only.
		type cand struct {
			iri   string
			score float64
			docs  int
			year  bool // born in a year the query names: first
		}
		// The best keep, in order: a common surname has thousands of
		// candidates, and most rank below the last kept one at the first
		// comparison.
		cmp := func(a, b cand) int {
			if a.year != b.year {
				if a.year {
					return -1
				}
				return 1
			}
			return order(a.score, b.score, a.docs, b.docs, a.iri, b.iri)
		}
		ranked := make([]cand, 0, keep+1)
		for iri, m := range cands {
			t, docs := typeOf(m, iri)
			if q.Type != "" && t != q.Type {
				continue
			}
			c := cand{iri, m.score / float64(len(ws)), docs, yearOf(iri, years)}
			if len(ranked) == keep && cmp(c, ranked[keep-1]) >= 0 {
				continue
			}
			i, _ := slices.BinarySearchFunc(ranked, c, cmp)
			ranked = slices.Insert(ranked, i, c)
			if len(ranked) > keep {
				ranked = ranked[:keep]
			}
		}
		for _, c := range ranked {
			r, err := getEnt(tx, c.iri)
			if err != nil {
				return err
			}
			if r == nil {
				continue
			}
			h := Hit{Entity: r.entity(c.iri), Score: c.score}
			h.Matched = bestForm(h.Names, ws, initials)
			for _, in := range initials {
				if !hasInitial(h.Names, in) {
					h.Score *= initialMiss
				}
			}
			hits = append(hits, h)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("name index: find %q: %w", q.Text, err)
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if ya, yb := yearOf(a.IRI, years), yearOf(b.IRI, years); ya != yb {
			if ya {
				return -1 // the namesake born in the year asked for
			}
			return 1
		}
		return order(a.Score, b.Score, a.Docs, b.Docs, a.IRI, b.IRI)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// order ranks hits: higher score first, then more documents, then the
// smaller IRI.
func order(sa, sb float64, da, db int, ia, ib string) int {
	switch {
	case sa > sb:
		return -1
	case sa < sb:
		return 1
	case da != db:
		return db - da
	}
	return strings.Compare(ia, ib)
}

// Resolve returns the entity text names best (see Find), of type t if t is
// not empty; an error wrapping ErrNotFound if none.
func (n *Names) Resolve(ctx context.Context, text string, t dossier.EntityType) (Hit, error) {
	hits, err := n.Find(ctx, Query{Text: text, Type: t, Limit: 1})
	if err != nil {
		return Hit{}, err
	}
	if len(hits) == 0 {
		what := "entity"
		if t != "" {
			what = strings.ToLower(string(t))
		}
		return Hit{}, fmt.Errorf("no %s named %q: %w", what, text, ErrNotFound)
	}
	return hits[0], nil
}

// match is how well an entity matches a query word, with the summary its
// posting holds (nil: read it from the summaries).
type match struct {
	score float64
	sum   []byte
}

// matchWord scores the entities one query word matches. The last word's
// prefix is scanned too, unless enough (when set) says the exact and
// base-form matches already fill the hits: a prefix match scores below
// them, so it could only come after.
func matchWord(tx *bolt.Tx, w qword, last bool, enough func(map[string]match) bool) map[string]match {
	scores := make(map[string]match, 64)
	add := func(iri string, s float64, sum []byte) {
		if m, ok := scores[iri]; !ok || s > m.score {
			scores[iri] = match{s, sum}
		}
	}
	eachPosting(tx, w.surface, true, 0, func(_, iri string, sum []byte) bool { add(iri, scoreExact, sum); return true })
	for _, k := range w.stems {
		eachPosting(tx, k, true, 0, func(_, iri string, sum []byte) bool { add(iri, scoreStem, sum); return true })
	}
	if last && len(w.surface) >= 3 && (enough == nil || !enough(scores)) {
		eachPosting(tx, w.surface, false, prefixLimit, func(_, iri string, sum []byte) bool { add(iri, scorePrefix, sum); return true })
	}
	if len(scores) == 0 && len(w.surface) >= 4 {
		// Near spellings share the first two letters of their keys (the
		// spellings Key does not fold differ later in the word).
		sims := map[string]float64{}
		eachPosting(tx, w.surface[:2], false, fuzzyLimit, func(key, iri string, sum []byte) bool {
			sim, ok := sims[key]
			if !ok {
				sim = translit.JaroWinkler(w.surface, key)
				sims[key] = sim
			}
			if sim >= fuzzyMin {
				add(iri, scoreFuzzy*sim, sum)
			}
			return true
		})
	}
	return scores
}

// bestForm picks the name form that matches the query words best: a word
// the form writes as the query does counts most, then a word one of them
// inflects, then a shared base form, then an initial the form has; among
// equals the shortest form wins.
func bestForm(forms []string, ws []qword, initials []string) string {
	best, bestN, bestLen := "", -1, 0
	for _, f := range forms {
		var surfaces, stems []string
		for _, w := range words(f) {
			s, st := wordKeys(w)
			surfaces = append(surfaces, s)
			stems = append(stems, st...)
		}
		n := 0
		for _, w := range ws {
			switch {
			case contains(surfaces, w.surface):
				n += 3
			case contains(stems, w.surface) || slices.ContainsFunc(w.stems, func(s string) bool { return contains(surfaces, s) }):
				n += 2
			case slices.ContainsFunc(w.stems, func(s string) bool { return contains(stems, s) }):
				n++
			}
		}
		for _, in := range initials {
			if slices.Contains(surfaces, in) {
				n++
			}
		}
		l := utf8.RuneCountInString(f)
		if n > bestN || (n == bestN && l < bestLen) {
			best, bestN, bestLen = f, n, l
		}
	}
	return best
}

// hasInitial reports whether a word of one of the forms begins with the
// initial (a one-letter key).
func hasInitial(forms []string, initial string) bool {
	for _, f := range forms {
		for _, w := range words(f) {
			if strings.HasPrefix(translit.Key(w), initial) {
				return true
			}
		}
	}
	return false
}

// asIRI recognises an entity IRI, with or without angle brackets.
// isYear reports a word of four digits that can be a year of birth.
func isYear(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// yearOf reports an entity IRI that ends in one of years, as the IRIs of
// people told apart by their year of birth do ("…/ivan-ivanov-1901").
func yearOf(iri string, years []string) bool {
	for _, y := range years {
		if strings.HasSuffix(iri, "-"+y) {
			return true
		}
	}
	return false
}

func asIRI(s string) (string, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if strings.HasPrefix(s, schema.Base) || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return s, true
	}
	return "", false
}
