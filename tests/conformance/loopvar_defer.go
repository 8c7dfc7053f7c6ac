// Go 1.22: deferred closures in a loop each see their own iteration variable.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func countdown() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("defer ", i, "; ") }()
	}
	fmt.Print("body done; ")
}

func collect() (out []string) {
	for _, w := range []string{"x", "y"} {
		defer func() { out = append(out, w) }()
	}
	return nil
}

func main() {
	countdown()
	fmt.Println()
	fmt.Println(collect())
}
