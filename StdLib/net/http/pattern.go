// minigo: ServeMux patterns with Go 1.22's syntax and precedence rules (Go 1.19's mux,
// whose source the rest of this package is, knows only paths). Written for minigo from
// the ServeMux documentation.

package http

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// A pattern is what ServeMux.Handle registers: [METHOD ][HOST]/[PATH].
type pattern struct {
	str    string // as registered
	method string // "" matches every method; "GET" also matches HEAD
	host   string // "" matches every host
	// The path's segments. A trailing slash is an anonymous multi wildcard, "{$}" the
	// end segment: "/a/" is [a, {...}], "/a/{$}" is [a, {$}].
	segments []segment
	loc      string // where it was registered, for conflict messages
}

type segmentKind uint8

const (
	literalSegment segmentKind = iota // matches itself
	wildSegment                       // {name}: one segment
	multiSegment                      // {name...} or a trailing slash: the rest of the path
	endSegment                        // {$}: the trailing slash, then the end
)

type segment struct {
	kind segmentKind
	s    string // the literal, or the wildcard's name ("" for a trailing slash)
}

// parsePattern parses a pattern string; errors name the byte offset as Go's do.
func parsePattern(s string) (_ *pattern, err error) {
	if len(s) == 0 {
		return nil, errors.New("empty pattern")
	}
	off := 0
	defer func() {
		if err != nil {
			err = fmt.Errorf("at offset %d: %w", off, err)
		}
	}()
	method, rest, found := s, "", false
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		method, rest, found = s[:i], strings.TrimLeft(s[i+1:], " \t"), true
	}
	if !found {
		rest = method
		method = ""
	}
	if method != "" && !validMethod(method) {
		return nil, fmt.Errorf("invalid method %q", method)
	}
	p := &pattern{str: s, method: method}
	if found {
		off = len(s) - len(rest)
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return nil, errors.New("host/path missing /")
	}
	p.host = rest[:i]
	rest = rest[i:]
	if j := strings.IndexByte(p.host, '{'); j >= 0 {
		off += j
		return nil, errors.New("host contains '{' (missing initial '/'?)")
	}
	off += i
	// Requests' paths are cleaned before matching, so an unclean one could never match.
	if method != "" && method != "CONNECT" && rest != cleanPath(rest) {
		return nil, errors.New("non-CONNECT pattern with unclean path can never match")
	}
	seen := map[string]bool{}
	for len(rest) > 0 {
		rest = rest[1:] // the slash
		off++
		if len(rest) == 0 {
			p.segments = append(p.segments, segment{kind: multiSegment})
			break
		}
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			i = len(rest)
		}
		var seg string
		seg, rest = rest[:i], rest[i:]
		if j := strings.IndexByte(seg, '{'); j < 0 {
			p.segments = append(p.segments, segment{kind: literalSegment, s: pathUnescape(seg)})
		} else {
			if j != 0 {
				return nil, errors.New("bad wildcard segment (must start with '{')")
			}
			if seg[len(seg)-1] != '}' {
				return nil, errors.New("bad wildcard segment (must end with '}')")
			}
			name := seg[1 : len(seg)-1]
			if name == "$" {
				if len(rest) != 0 {
					return nil, errors.New("{$} not at end")
				}
				p.segments = append(p.segments, segment{kind: endSegment})
				break
			}
			name, multi := strings.CutSuffix(name, "...")
			if multi && len(rest) != 0 {
				return nil, errors.New("{...} wildcard not at end")
			}
			if name == "" {
				return nil, errors.New("empty wildcard")
			}
			if !isValidWildcardName(name) {
				return nil, fmt.Errorf("bad wildcard name %q", name)
			}
			if seen[name] {
				return nil, fmt.Errorf("duplicate wildcard name %q", name)
			}
			seen[name] = true
			kind := wildSegment
			if multi {
				kind = multiSegment
			}
			p.segments = append(p.segments, segment{kind: kind, s: name})
		}
		off += len(seg)
	}
	return p, nil
}

func isValidWildcardName(s string) bool {
	for i, c := range s {
		if !unicode.IsLetter(c) && c != '_' && (i == 0 || !unicode.IsDigit(c)) {
			return false
		}
	}
	return s != ""
}

func pathUnescape(path string) string {
	u, err := url.PathUnescape(path)
	if err != nil {
		return path // invalid escapes are matched as written
	}
	return u
}

// matchPath matches an escaped, clean request path ("/a/b/") against the pattern's
// segments; on success it returns the wildcards' values, unescaped, in order.
func (p *pattern) matchPath(path string) (matches []string, ok bool) {
	rest := path
	for _, seg := range p.segments {
		if rest == "" {
			return nil, false // the path ended first
		}
		if seg.kind == multiSegment {
			if seg.s != "" {
				matches = append(matches, pathUnescape(rest[1:]))
			}
			return matches, true
		}
		if rest == "/" { // the trailing slash
			if seg.kind != endSegment {
				return nil, false
			}
			rest = ""
			continue
		}
		if seg.kind == endSegment {
			return nil, false
		}
		i := strings.IndexByte(rest[1:], '/') + 1
		if i == 0 {
			i = len(rest)
		}
		part := pathUnescape(rest[1:i])
		rest = rest[i:]
		if seg.kind == literalSegment {
			if part != seg.s {
				return nil, false
			}
		} else {
			matches = append(matches, part)
		}
	}
	return matches, rest == ""
}

// matchMethod reports whether a request's method is one the pattern accepts.
func (p *pattern) matchMethod(method string) bool {
	return p.method == "" || p.method == method || p.method == "GET" && method == "HEAD"
}

// wildcardIndex returns the position of a named wildcard among the pattern's, or -1.
func (p *pattern) wildcardIndex(name string) int {
	i := 0
	for _, seg := range p.segments {
		if (seg.kind == wildSegment || seg.kind == multiSegment) && seg.s != "" {
			if seg.s == name {
				return i
			}
			i++
		}
	}
	return -1
}

// How two patterns' sets of requests relate.
type relation uint8

const (
	equivalent   relation = iota // the same requests
	moreSpecific                 // a strict subset
	moreGeneral                  // a strict superset
	overlaps                     // some requests in common, neither contains the other
	disjoint                     // no request in common
)

// compare relates the requests p and q match (hosts aside: the mux separates those).
func (p *pattern) compare(q *pattern) relation {
	return combine(compareMethods(p.method, q.method), p.comparePaths(q))
}

func compareMethods(m1, m2 string) relation {
	switch {
	case m1 == m2:
		return equivalent
	case m1 == "":
		return moreGeneral
	case m2 == "":
		return moreSpecific
	case m1 == "GET" && m2 == "HEAD":
		return moreGeneral
	case m1 == "HEAD" && m2 == "GET":
		return moreSpecific
	}
	return disjoint
}

func (p *pattern) comparePaths(q *pattern) relation {
	if !segmentsOverlap(p.segments, q.segments) {
		return disjoint
	}
	pq, qp := segmentsWithin(p.segments, q.segments), segmentsWithin(q.segments, p.segments)
	switch {
	case pq && qp:
		return equivalent
	case pq:
		return moreSpecific
	case qp:
		return moreGeneral
	}
	return overlaps
}

// combine merges the methods' relation with the paths'.
func combine(methods, paths relation) relation {
	switch {
	case methods == disjoint || paths == disjoint:
		return disjoint
	case methods == overlaps || paths == overlaps:
		return overlaps
	case methods == equivalent:
		return paths
	case paths == equivalent || paths == methods:
		return methods
	}
	return overlaps // one more specific, the other more general
}

// segmentsWithin reports whether every path a matches is matched by b.
func segmentsWithin(a, b []segment) bool {
	for i := 0; ; i++ {
		switch {
		case i == len(a) && i == len(b):
			return true
		case i == len(b):
			return false
		case b[i].kind == multiSegment:
			return i < len(a) // b takes any non-empty rest; a has one
		case i == len(a):
			return false
		}
		x, y := a[i], b[i]
		switch y.kind {
		case literalSegment:
			if x.kind != literalSegment || x.s != y.s {
				return false
			}
		case wildSegment:
			if x.kind != literalSegment && x.kind != wildSegment {
				return false
			}
		case endSegment:
			if x.kind != endSegment {
				return false
			}
		}
	}
}

// segmentsOverlap reports whether some path matches both a and b.
func segmentsOverlap(a, b []segment) bool {
	for i := 0; ; i++ {
		switch {
		case i == len(a) || i == len(b):
			return i == len(a) && i == len(b)
		case a[i].kind == multiSegment || b[i].kind == multiSegment:
			return true
		}
		x, y := a[i], b[i]
		switch {
		case x.kind == endSegment || y.kind == endSegment:
			if x.kind != y.kind {
				return false
			}
		case x.kind == literalSegment && y.kind == literalSegment:
			if x.s != y.s {
				return false
			}
		}
	}
}

// examplePath returns a request path both patterns match, for conflict messages.
func examplePath(a, b []segment) string {
	var sb strings.Builder
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x.kind == literalSegment && y.kind != endSegment {
			sb.WriteString("/" + x.s)
		} else if y.kind == literalSegment && x.kind != endSegment {
			sb.WriteString("/" + y.s)
		} else if x.kind == endSegment || y.kind == endSegment || x.kind == multiSegment && y.kind == multiSegment {
			sb.WriteString("/")
			break
		} else {
			sb.WriteString("/x")
		}
		if x.kind == multiSegment || y.kind == multiSegment {
			break
		}
	}
	if sb.Len() == 0 {
		return "/"
	}
	return sb.String()
}

// conflictMessage explains why two overlapping patterns cannot both be registered.
func conflictMessage(p, q *pattern, rel relation) string {
	head := fmt.Sprintf("pattern %q (registered at %s) conflicts with pattern %q (registered at %s):\n", p.str, p.loc, q.str, q.loc)
	if rel == equivalent {
		return head + fmt.Sprintf("%s matches the same requests as %s", p.str, q.str)
	}
	return head + fmt.Sprintf("%s and %s both match some paths, like %q.\nBut neither is more specific than the other.", p.str, q.str, examplePath(p.segments, q.segments))
}
