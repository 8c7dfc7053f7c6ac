package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// matcher selects tests and benchmarks by -run/-bench: one regexp per level of the name
// (`TestA/sub`), and makes subtest names unique (`name#01`). Go 1.19's match.go.
type matcher struct {
	filter   []string
	mu       sync.Mutex
	subNames map[string]int64
}

func newMatcher(patterns, name string) *matcher {
	var filter []string
	if patterns != "" {
		filter = splitRegexp(patterns)
		for i, s := range filter {
			filter[i] = rewrite(s)
		}
		for i, s := range filter {
			if _, err := matchString(s, "non-empty"); err != "" {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of %s (%q): %s\n", i, name, s, err)
				os.Exit(1)
			}
		}
	}
	return &matcher{filter: filter, subNames: map[string]int64{}}
}

// fullName returns the name of a subtest of c and whether it is selected.
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	for i, s := range elem {
		if i >= len(m.filter) {
			break
		}
		if ok, _ := matchString(m.filter[i], s); !ok {
			return name, false, false
		}
	}
	return name, true, len(elem) < len(m.filter)
}

// unique makes the name unique among its siblings: `name#01`, `name#02`; an empty name is `#00`.
func (m *matcher) unique(parent, subname string) string {
	name := parent + "/" + subname
	empty := subname == ""
	for {
		next, exists := m.subNames[name]
		if !empty && !exists {
			m.subNames[name] = 1
			return name
		}
		m.subNames[name] = next + 1
		name = name + "#" + pad2(next)
		empty = false
	}
}

func pad2(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

// splitRegexp splits a pattern at the slashes that are not inside brackets or parentheses.
func splitRegexp(s string) []string {
	a := make([]string, 0, strings.Count(s, "/"))
	cs := 0
	cp := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 { // An unmatched ']' is legal.
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(a, s)
}
