package core

import "sync"

// Lazy is a value made on first use, once, even when first used by several goroutines at a time:
// the root client of several APIs makes each API's client only when it is called.
type Lazy[T any] struct {
	once  sync.Once
	value *T
}

// Get returns the value, making it with build on the first call.
func (l *Lazy[T]) Get(build func() *T) *T {
	l.once.Do(func() { l.value = build() })
	return l.value
}
