// Package unicode provides data and functions to test some properties of Unicode code
// points. The property tests and case mappings are natives over Go's own Unicode tables
// (UnicodeTables.cs); the range tables are built from the same data.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta means the range alternates upper and lower case.
const UpperLower = MaxRune + 1

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set. The ranges are listed in two slices to save space: a slice of 16-bit
// ranges and a slice of 32-bit ranges. The two slices must be in sorted order and
// non-overlapping. Also, R32 should contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs from Lo to Hi
// inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or more of the
// values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White
// Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085
// (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsControl reports whether the rune is a control character (the C0 and C1 controls).
func IsControl(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks,
// numbers, punctuation, symbols, and spaces, from categories L, M, N, P, S, Zs.
func IsGraphic(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go: letters, marks, numbers,
// punctuation, symbols, and the ASCII space character, from categories L, M, N, P, S and
// the ASCII space character.
func IsPrint(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	return to(_case, r)
}

func to(_case int, r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple
// case folding: it returns the smallest rune > r in r's orbit if one exists, or else the
// smallest rune >= 0.
func SimpleFold(r rune) rune

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// is16 reports whether r is in the sorted ranges (binary search).
func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted ranges (binary search).
func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In"
// provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// table returns the range table of a category, script or property by name.
func table(name string) *RangeTable
