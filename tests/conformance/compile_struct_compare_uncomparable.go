package main

import "fmt"

type T struct{ items []int }

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
