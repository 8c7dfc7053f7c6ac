// Go 1.22: the next iteration's variable is initialised from the previous one before the post statement.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 5; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
		i++
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// Each closure increments its own iteration's variable.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Mutating the variable through a closure during the iteration affects the loop.
	for i := 0; i < 10; i++ {
		skip := func() { i += 3 }
		fmt.Print(i, " ")
		skip()
	}
	fmt.Println()
}
