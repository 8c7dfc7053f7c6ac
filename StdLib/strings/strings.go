// Package strings implements simple functions to manipulate UTF-8 encoded strings. The
// searching and transforming functions are natives (StringsNatives.cs); the ones that take a
// function are Go code here.
package strings

import "unicode/utf8"

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically: 0 if a == b, -1 if
// a < b, and +1 if a > b.
func Compare(a, b string) int

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Count counts the number of non-overlapping instances of substr in s. If substr is an
// empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int

// Cut slices s around the first instance of sep, returning the text before and after sep.
// The found result reports whether sep appears in s. If sep does not appear in s, cut
// returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and reports whether it
// found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports whether it
// found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool

// Fields splits the string s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace.
func Fields(s string) []string

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c) and
// returns an array of slices of s.
func FieldsFunc(s string, f func(rune) bool) []string {
	var starts, ends []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				starts = append(starts, start)
				ends = append(ends, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		starts = append(starts, start)
		ends = append(ends, len(s))
	}
	a := make([]string, len(starts))
	for i := range starts {
		a[i] = s[starts[i]:ends[i]]
	}
	return a
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1 if substr is not
// present in s.
func Index(s, substr string) int

// IndexAny returns the index of the first instance of any Unicode code point from chars in
// s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or -1
// if none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// IndexRune returns the index of the first instance of the Unicode code point r, or -1 if
// rune is not present in s. If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int

// Join concatenates the elements of its first argument to create a single string. The
// separator string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not
// present in s.
func LastIndex(s, substr string) int

// LastIndexAny returns the index of the last instance of any Unicode code point from chars
// in s, or -1 if no Unicode code point from chars is present in s.
func LastIndexAny(s, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s string, c byte) int

// LastIndexFunc returns the index into s of the last Unicode code point satisfying f(c), or
// -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// Map returns a copy of the string s with all its characters modified according to the
// mapping function. If mapping returns a negative value, the character is dropped from the
// string with no replacement.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			// An invalid byte decodes as RuneError and is always rewritten (as U+FFFD).
			if r == c && (c != utf8.RuneError || encodedRuneError(s[i:])) {
				continue
			}
			changed = true
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// encodedRuneError reports whether s starts with a real U+FFFD rather than an invalid byte.
func encodedRuneError(s string) bool {
	_, w := utf8.DecodeRuneInString(s)
	return w != 1
}

// Repeat returns a new string consisting of count copies of the string s. It panics if
// count is negative or if the result of (len(s) * count) overflows.
func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping instances of old
// replaced by new. If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new string) string

// Split slices s into all substrings separated by sep and returns a slice of the
// substrings between those separators.
func Split(s, sep string) []string

// SplitAfter slices s into all substrings after each instance of sep and returns a slice
// of those substrings.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into substrings after each instance of sep and returns a slice of
// those substrings; n determines the number of substrings to return.
func SplitAfterN(s, sep string, n int) []string

// SplitN slices s into substrings separated by sep and returns a slice of the substrings
// between those separators; n determines the number of substrings to return.
func SplitN(s, sep string, n int) []string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToTitle returns a copy of the string s with all Unicode letters mapped to their Unicode
// title case.
func ToTitle(s string) string

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8 byte sequences
// replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string

// Trim returns a slice of the string s with all leading and trailing Unicode code points
// contained in cutset removed.
func Trim(s, cutset string) string

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code
// points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points contained
// in cutset removed.
func TrimLeft(s, cutset string) string

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c
// satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't start with
// prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string

// TrimRight returns a slice of the string s, with all trailing Unicode code points
// contained in cutset removed.
func TrimRight(s, cutset string) string

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c
// satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimSpace returns a slice of the string s, with all leading and trailing white space
// removed, as defined by Unicode.
func TrimSpace(s string) string

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't end with
// suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string

// indexFunc is IndexFunc, finding the first rune for which f returns truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is LastIndexFunc, finding the last rune for which f returns truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}
