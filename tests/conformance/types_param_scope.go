// A parameter's scope is the function body: parameter and receiver types may name a
// package that a parameter of the same name shadows inside the body.
package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (fmt T) Describe(s fmt.Stringer) string { return "described " + s.String() }

func count(strings []string, sep strings.Builder) int { return len(strings) + sep.Len() }

type name string

func (n name) String() string { return string(n) }

func main() {
	var b strings.Builder
	b.WriteString("xy")
	fmt.Println(count([]string{"a"}, b))
	fmt.Println(T{}.Describe(name("gopher")))
}
