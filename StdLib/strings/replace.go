package strings

import "io"

// Replacer replaces a list of strings with replacements. At each position of the input the
// first pair (in argument order) whose old string matches is applied, and matching resumes
// after it; an empty old string matches between every pair of characters.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements are
// performed in the order they appear in the target string, without overlapping matches,
// and comparisons are done in argument order. NewReplacer panics if given an odd number of
// arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
