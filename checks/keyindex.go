package checks

// keyIndex maps the keys some checks are restricted to (called names,
// string values, assignment targets) to those checks. Most looked-up keys
// match none, so a 4096-bit filter on (length, first and last byte)
// answers most misses without hashing the key.
type keyIndex struct {
	m      map[string][]prepared
	filter [64]uint64
}

// filterBit is key's place in the filter: row by length, bit by its
// first and last bytes.
func filterBit(key string) (row, bit uint) {
	if key == "" {
		return 0, 0
	}
	return uint(len(key)) & 63, (uint(key[0])*31 + uint(key[len(key)-1])) & 63
}

func (x *keyIndex) add(key string, p prepared) {
	if x.m == nil {
		x.m = map[string][]prepared{}
	}
	x.m[key] = append(x.m[key], p)
	row, bit := filterBit(key)
	x.filter[row] |= 1 << bit
}

// get returns the checks restricted to key, or nil.
func (x *keyIndex) get(key string) []prepared {
	row, bit := filterBit(key)
	if x.filter[row]&(1<<bit) == 0 {
		return nil
	}
	return x.m[key]
}

func (x *keyIndex) empty() bool { return len(x.m) == 0 }
