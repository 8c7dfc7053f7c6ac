package main

import "fmt"

// Structs passed by value from package variables and cells, followed by more arguments:
// each argument must land in its own slot of the call.

type rat struct{ num, den int64 }

var one = rat{1, 1}
var half = rat{1, 2}

func mul(u, v rat, tag string) rat {
	defer func() {}() // keeps this a real call
	return rat{u.num * v.num, u.den * v.den}
}

func describe(r rat, n int, s string) string {
	defer func() {}()
	return fmt.Sprint(r, n, s)
}

func main() {
	fmt.Println(mul(one, half, "a"))
	fmt.Println(describe(half, 7, "x"), describe(one, 8, "y"))
	captured := rat{3, 4}
	f := func() { captured.num++ }
	f()
	fmt.Println(mul(captured, half, "b"), describe(captured, 9, "z"))
	fmt.Println(mul(mul(one, half, "c"), mul(half, half, "d"), "e"))
}
