package main

import "fmt"

func makeCounter() (func() int, func()) {
	count := 0
	inc := func() int {
		count++
		return count
	}
	reset := func() { count = 0 }
	return inc, reset
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	inc, reset := makeCounter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := makeCounter()
	fmt.Println(inc2(), inc())
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	add := func(n int) { x += n }
	add(5)
	add(10)
	fmt.Println(x)
}
