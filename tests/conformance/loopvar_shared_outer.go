// Go 1.22: only variables declared by the for statement itself are per-iteration.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	var shared int
	var fns []func() (int, int)
	for i := 0; i < 3; i++ {
		shared = i
		fns = append(fns, func() (int, int) { return i, shared })
	}
	for _, f := range fns {
		a, b := f()
		fmt.Print(a, ":", b, " ")
	}
	fmt.Println()
	var j int
	var gs []func() int
	for j = 0; j < 3; j++ {
		gs = append(gs, func() int { return j })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var k int
	var hs []func() int
	for k = range 3 {
		hs = append(hs, func() int { return k })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
