package checks

// ruleSet holds which rule ids are enabled. Checks reporting several ids
// (the blacklists) ask about each id on every node they see, so ids of
// bandit's and krait's form, a letter B or K and three digits, are
// answered from an array; other ids from a map.
type ruleSet struct {
	short [2000]bool
	other map[string]bool
}

// shortIndex is id's place in ruleSet.short, or -1.
func shortIndex(id string) int {
	if len(id) != 4 {
		return -1
	}
	base := 0
	switch id[0] {
	case 'B':
	case 'K':
		base = 1000
	default:
		return -1
	}
	d0, d1, d2 := id[1]-'0', id[2]-'0', id[3]-'0'
	if d0 > 9 || d1 > 9 || d2 > 9 {
		return -1
	}
	return base + int(d0)*100 + int(d1)*10 + int(d2)
}

func (s *ruleSet) set(id string, on bool) {
	if i := shortIndex(id); i >= 0 {
		s.short[i] = on
		return
	}
	if s.other == nil {
		s.other = map[string]bool{}
	}
	s.other[id] = on
}

func (s *ruleSet) has(id string) bool {
	if i := shortIndex(id); i >= 0 {
		return s.short[i]
	}
	return s.other[id]
}
