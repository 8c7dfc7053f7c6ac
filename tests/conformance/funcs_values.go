package main

import (
	"fmt"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]BinOp{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hey"))
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("called") }
	f()
	fns := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	v := 5
	for _, fn := range fns {
		v = fn(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", add)
	func(msg string) { fmt.Println("iife", msg) }("now")
}
