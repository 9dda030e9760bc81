// Package memo remembers the answers of pure functions of a string (word
// analyses, match keys) for concurrent callers. A memo is bounded: when it
// holds its maximum number of answers it forgets them all and starts
// afresh, so a corpus of millions of distinct words cannot grow it without
// limit.
package memo

import "sync"

// Strings remembers a function's answers per string. The zero value is not
// usable; make one with New. Answers are shared between callers: a V that
// is a map or a slice must be treated as read only.
type Strings[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
}

// New returns an empty memo that holds at most max answers (1<<18 when max
// is not positive).
func New[V any](max int) *Strings[V] {
	if max <= 0 {
		max = 1 << 18
	}
	return &Strings[V]{m: map[string]V{}, max: max}
}

// Get returns compute(k), computing it only the first time k is asked
// (and again after the memo started afresh). compute must be a pure
// function of k: two goroutines asking at once may both compute it.
func (c *Strings[V]) Get(k string, compute func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(k)
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = map[string]V{}
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}

// Len returns the number of answers held.
func (c *Strings[V]) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
