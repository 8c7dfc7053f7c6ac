package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	shared := 0
	var incs []func()
	for j := 0; j < 3; j++ {
		incs = append(incs, func() { shared += 10 })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(shared)
	x := 1
	get := func() int { return x }
	x = 2
	fmt.Println(get())
}
