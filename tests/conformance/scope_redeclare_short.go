package main

import "fmt"

func pair(n int) (int, error) { return n * 2, nil }

func main() {
	a, err := pair(1)
	b, err := pair(2)
	fmt.Println(a, b, err)
	a, c := 10, 20
	fmt.Println(a, c)
	var true = false
	fmt.Println(true)
	len := func(s string) int { return 42 }
	fmt.Println(len("x"))
	type int string
	var v int = "typed"
	fmt.Println(v)
	nil := 5
	fmt.Println(nil)
}
