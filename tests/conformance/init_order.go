package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

func sum() int {
	fmt.Println("sum called, a =", a)
	return a + d
}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func init() {
	fmt.Println("init 1: total =", total)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
