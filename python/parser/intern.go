package parser

import (
	"strings"
	"sync"
)

// Interner hands out one copy of each identifier, for trees that must not
// keep their source's memory alive (see ParseDecoded). It is safe for
// concurrent use; a nil *Interner returns strings unchanged.
type Interner struct {
	mu    sync.Mutex
	names map[string]string
}

// Intern returns the interner's copy of s.
func (in *Interner) Intern(s string) string {
	if in == nil {
		return s
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if v, ok := in.names[s]; ok {
		return v
	}
	if in.names == nil {
		in.names = map[string]string{}
	}
	v := strings.Clone(s)
	in.names[v] = v
	return v
}
