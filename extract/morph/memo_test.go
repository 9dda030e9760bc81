package morph

import (
	"reflect"
	"sync"
	"testing"
)

func TestMemoAgreesAndStaysBounded(t *testing.T) {
	m := NewMemo(3)
	words := []string{"Сталинге", "Абдрахмановдун", "Москвадан", "Ташкенте", "Stalin's", "комитетинин"}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				for _, w := range words {
					if got, want := m.Stems(w), Stems(w); !reflect.DeepEqual(got, want) {
						t.Errorf("Memo.Stems(%q) = %v, want %v", w, got, want)
						return
					}
					if got, want := m.Analyze(w), Analyze(w); !reflect.DeepEqual(got, want) {
						t.Errorf("Memo.Analyze(%q) = %v, want %v", w, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if m.stems.Len() > 3 || m.analyses.Len() > 3 {
		t.Errorf("memo holds %d stems, %d analyses; bound is 3", m.stems.Len(), m.analyses.Len())
	}
}
