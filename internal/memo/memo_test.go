package memo

import (
	"strings"
	"sync"
	"testing"
)

func TestGetComputesOnce(t *testing.T) {
	c := New[string](0)
	calls := 0
	upper := func(s string) string { calls++; return strings.ToUpper(s) }
	for range 3 {
		if got := c.Get("абай", upper); got != "АБАЙ" {
			t.Fatalf("Get = %q", got)
		}
	}
	if calls != 1 {
		t.Errorf("computed %d times, want once", calls)
	}
}

func TestBounded(t *testing.T) {
	c := New[int](4)
	for i, w := range strings.Fields("a b c d e f g h i j") {
		c.Get(w, func(string) int { return i })
		if c.Len() > 4 {
			t.Fatalf("memo holds %d answers, max 4", c.Len())
		}
	}
}

func TestConcurrent(t *testing.T) {
	c := New[int](16)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				w := strings.Repeat("x", (i+g)%40)
				if got := c.Get(w, func(s string) int { return len(s) }); got != len(w) {
					t.Errorf("Get(%q) = %d", w, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
