// Go 1.20-1.22 APIs: errors.Join, several %w, strings/bytes CutPrefix/CutSuffix/ContainsFunc, cmp.Or, slices.Concat.
// expected output written from the Go 1.22 documentation
package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

var (
	errA = errors.New("a failed")
	errB = errors.New("b failed")
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	j := errors.Join(errA, nil, errB)
	fmt.Printf("%q %v %v\n", j.Error(), errors.Is(j, errB), errors.Join(nil, nil) == nil)
	w := fmt.Errorf("both: %w and %w", errA, codeErr{7})
	var ce codeErr
	fmt.Println(w, errors.Is(w, errA), errors.As(w, &ce), ce.code, errors.Unwrap(w) == nil)
	fmt.Println(errors.Is(fmt.Errorf("x: %w", j), errA), errors.ErrUnsupported)
	after, ok := strings.CutPrefix("prefix-body", "prefix-")
	before, ok2 := strings.CutSuffix("body.go", ".go")
	fmt.Println(after, ok, before, ok2, strings.ContainsFunc("abC", unicode.IsUpper))
	b, ok3 := bytes.CutPrefix([]byte("xyz"), []byte("x"))
	fmt.Println(string(b), ok3, bytes.ContainsFunc([]byte("abc"), unicode.IsDigit))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "def"), slices.Concat([]int{1}, []int{2, 3}, nil))
}
