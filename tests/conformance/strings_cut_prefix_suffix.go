// Go 1.20/1.21: strings.CutPrefix, CutSuffix, ContainsFunc, bytes.Clone and bytes.CutPrefix.
// expected output written from the Go 1.22 spec
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	rest, ok := strings.CutPrefix("v1.22.0", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutPrefix("1.22.0", "v")
	fmt.Println(rest, ok)
	base, ok := strings.CutSuffix("main.go", ".go")
	fmt.Println(base, ok)
	base, ok = strings.CutSuffix("main.go", ".rs")
	fmt.Println(base, ok)
	fmt.Println(strings.ContainsFunc("hello1", unicode.IsDigit), strings.ContainsFunc("hello", unicode.IsUpper))
	orig := []byte("data")
	cp := bytes.Clone(orig)
	cp[0] = 'D'
	fmt.Println(string(orig), string(cp), bytes.Clone(nil) == nil)
	after, found := bytes.CutPrefix([]byte("key=val"), []byte("key="))
	fmt.Println(string(after), found)
}
