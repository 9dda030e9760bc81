package morph

import (
	"sync"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// Memo remembers the analyses of words, so that each distinct word of a
// collection is analysed once. It is safe for concurrent use. It holds at
// most max words; when full it starts afresh, so its memory stays bounded
// however large the collection. The slices it returns are shared: callers
// must not modify them.
type Memo struct {
	mu       sync.RWMutex
	stems    map[string][]string
	lower    map[string][]string
	analyses map[string][]Analysis
	max      int
}

// NewMemo returns a Memo holding at most max words of each kind (max <= 0
// means 1<<18).
func NewMemo(max int) *Memo {
	if max <= 0 {
		max = 1 << 18
	}
	return &Memo{stems: map[string][]string{}, lower: map[string][]string{}, analyses: map[string][]Analysis{}, max: max}
}

// Stems is Stems(word), remembered.
func (m *Memo) Stems(word string) []string {
	m.mu.RLock()
	s, ok := m.stems[word]
	m.mu.RUnlock()
	if ok {
		return s
	}
	s = Stems(word)
	m.mu.Lock()
	if len(m.stems) >= m.max {
		m.stems = map[string][]string{}
	}
	m.stems[word] = s
	m.mu.Unlock()
	return s
}

// LowerStems is Stems(word) with every stem in lower case, remembered.
func (m *Memo) LowerStems(word string) []string {
	m.mu.RLock()
	s, ok := m.lower[word]
	m.mu.RUnlock()
	if ok {
		return s
	}
	s = append([]string(nil), m.Stems(word)...)
	for i := range s {
		s[i] = textcase.Lower(s[i])
	}
	m.mu.Lock()
	if len(m.lower) >= m.max {
		m.lower = map[string][]string{}
	}
	m.lower[word] = s
	m.mu.Unlock()
	return s
}

// Analyze is Analyze(word), remembered.
func (m *Memo) Analyze(word string) []Analysis {
	m.mu.RLock()
	a, ok := m.analyses[word]
	m.mu.RUnlock()
	if ok {
		return a
	}
	a = Analyze(word)
	m.mu.Lock()
	if len(m.analyses) >= m.max {
		m.analyses = map[string][]Analysis{}
	}
	m.analyses[word] = a
	m.mu.Unlock()
	return a
}
