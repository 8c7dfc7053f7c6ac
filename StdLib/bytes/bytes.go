// Package bytes implements functions for the manipulation of byte slices. Searching and
// transforming are natives (BytesNatives.cs, sharing the algorithms of package strings);
// splitting and trimming by functions are Go code, which keeps Go's aliasing: results that
// are parts of the input share its memory.
package bytes

import "unicode/utf8"

// Equal reports whether a and b are the same length and contain the same bytes. A nil
// argument is equivalent to an empty slice.
func Equal(a, b []byte) bool

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int

// Clone returns a copy of b[:len(b)]. The result may have additional unused capacity.
// Clone(nil) returns nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// ContainsFunc reports whether any of the UTF-8-encoded code points r within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool {
	return IndexFunc(b, f) >= 0
}

// Count counts the number of non-overlapping instances of sep in s. If sep is empty, Count
// returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It returns the byte
// index of the first occurrence in s of the given rune, or -1.
func IndexRune(s []byte, r rune) int

// IndexAny returns the byte index of the first occurrence in s of any of the UTF-8-encoded
// code points in chars, or -1.
func IndexAny(s []byte, chars string) int

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present in s.
func LastIndex(s, sep []byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s []byte, c byte) int

// LastIndexAny returns the byte index of the last occurrence in s of any of the
// UTF-8-encoded code points in chars, or -1.
func LastIndexAny(s []byte, chars string) int

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding.
func EqualFold(s, t []byte) bool

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't start with
// prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't end with
// suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
// If sep does not appear in s, cut returns s, nil, false. Cut returns slices of the original
// slice s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix byte slice and reports whether it
// found the prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix byte slice and reports whether it
// found the suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Fields interprets s as a sequence of UTF-8-encoded code points. It splits the slice s
// around each instance of one or more consecutive white space characters, as defined by
// unicode.IsSpace, returning a slice of subslices of s or an empty slice if s contains only
// white space.
func Fields(s []byte) [][]byte

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It splits the slice s
// at each run of code points c satisfying f(c) and returns a slice of subslices of s.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var starts, ends []int
	start := -1
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				starts = append(starts, start)
				ends = append(ends, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		starts = append(starts, start)
		ends = append(ends, len(s))
	}
	a := make([][]byte, len(starts))
	for i := range starts {
		a[i] = s[starts[i]:ends[i]:ends[i]]
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice. The separator sep is
// placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte

// Repeat returns a new byte slice consisting of count copies of b. It panics if count is
// negative or if the result of (len(b) * count) overflows.
func Repeat(b []byte, count int) []byte

// Replace returns a copy of the slice s with the first n non-overlapping instances of old
// replaced by new. If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new []byte, n int) []byte

// ReplaceAll returns a copy of the slice s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It returns a slice of runes
// (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// Map returns a copy of the byte slice s with all its characters modified according to the
// mapping function. If mapping returns a negative value, the character is dropped from the
// byte slice with no replacement.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// ToUpper returns a copy of the byte slice s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte

// ToLower returns a copy of the byte slice s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters
// mapped to their title case.
func ToTitle(s []byte) []byte

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each run of bytes
// representing invalid UTF-8 replaced with the bytes in replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte

// Trim returns a subslice of s by slicing off all leading and trailing UTF-8-encoded code
// points contained in cutset.
func Trim(s []byte, cutset string) []byte

// TrimLeft returns a subslice of s by slicing off all leading UTF-8-encoded code points
// contained in cutset.
func TrimLeft(s []byte, cutset string) []byte

// TrimRight returns a subslice of s by slicing off all trailing UTF-8-encoded code points
// that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte

// TrimSpace returns a subslice of s by slicing off all leading and trailing white space, as
// defined by Unicode.
func TrimSpace(s []byte) []byte

// TrimFunc returns a subslice of s by slicing off all leading and trailing UTF-8-encoded
// code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s by slicing off
// all leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing UTF-8-encoded code
// points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// IndexFunc interprets s as a sequence of UTF-8-encoded code points. It returns the byte
// index in s of the first Unicode code point satisfying f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points. It returns the byte
// index in s of the last Unicode code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	start := 0
	for start < len(s) {
		wid := 1
		r := rune(s[start])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[start:])
		}
		if f(r) == truth {
			return start
		}
		start += wid
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[0:i])
		}
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Split slices s into all subslices separated by sep and returns a slice of the subslices
// between those separators.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into subslices separated by sep and returns a slice of the subslices
// between those separators; n determines the number of subslices to return.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep and returns a slice of
// those subslices.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into subslices after each instance of sep and returns a slice of
// those subslices; n determines the number of subslices to return.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// genSplit splits s at each sep, including sepSave bytes of sep in the subslices, into at
// most n pieces (all when n < 0). Pieces have no spare capacity, so appending to one cannot
// overwrite the next.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// explode splits s into a slice of UTF-8 sequences, one per Unicode code point (still
// slices of bytes), up to a maximum of n byte slices. Invalid UTF-8 sequences are chopped
// into individual bytes.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}
