// Go 1.22: each iteration of a for-range loop has its own iteration variables.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	var fns []func() string
	for i, s := range []string{"a", "b", "c"} {
		fns = append(fns, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*string
	for _, s := range []string{"x", "y", "z"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()

	counters := map[string]func() int{}
	for _, name := range []string{"p", "q"} {
		n := 0
		counters[name] = func() int {
			n++
			return n * 10
		}
	}
	fmt.Println(counters["p"](), counters["p"](), counters["q"]())

	var byIndex []func() int
	for i := range 3 {
		byIndex = append(byIndex, func() int { return i * i })
	}
	for _, f := range byIndex {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
