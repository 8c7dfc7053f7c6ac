// Go 1.22: each iteration of a three-clause for loop has its own loop variable.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 4; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	if ptrs[0] != ptrs[1] {
		fmt.Println("distinct variables per iteration")
	}

	// Two loop variables, both per-iteration.
	var pairs []func() string
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		pairs = append(pairs, func() string { return fmt.Sprintf("(%d,%d)", i, j) })
	}
	for _, p := range pairs {
		fmt.Print(p())
	}
	fmt.Println()
}
