package morph

import (
	"github.com/dossier-kg/dossier/internal/memo"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// Memo remembers the analyses of words, so that each distinct word of a
// collection is analysed once. It is safe for concurrent use. It holds at
// most max words; when full it starts afresh, so its memory stays bounded
// however large the collection. The slices it returns are shared: callers
// must not modify them.
type Memo struct {
	stems    *memo.Strings[[]string]
	lower    *memo.Strings[[]string]
	analyses *memo.Strings[[]Analysis]
	kyrgyz   *memo.Strings[[]Analysis]
	russian  *memo.Strings[[]Analysis]
}

// NewMemo returns a Memo holding at most max words of each kind (max <= 0
// means 1<<18).
func NewMemo(max int) *Memo {
	return &Memo{stems: memo.New[[]string](max), lower: memo.New[[]string](max), analyses: memo.New[[]Analysis](max),
		kyrgyz: memo.New[[]Analysis](max), russian: memo.New[[]Analysis](max)}
}

// Stems is Stems(word), remembered.
func (m *Memo) Stems(word string) []string { return m.stems.Get(word, Stems) }

// LowerStems is Stems(word) with every stem in lower case, remembered.
func (m *Memo) LowerStems(word string) []string {
	return m.lower.Get(word, func(word string) []string {
		s := append([]string(nil), m.Stems(word)...)
		for i := range s {
			s[i] = textcase.Lower(s[i])
		}
		return s
	})
}

// Analyze is Analyze(word), remembered.
func (m *Memo) Analyze(word string) []Analysis { return m.analyses.Get(word, Analyze) }

// Kyrgyz is Kyrgyz(word), remembered.
func (m *Memo) Kyrgyz(word string) []Analysis { return m.kyrgyz.Get(word, Kyrgyz) }

// Russian is Russian(word), remembered.
func (m *Memo) Russian(word string) []Analysis { return m.russian.Get(word, Russian) }
