package main

import (
	"fmt"
	_ "strings"
)

type T struct {
	A int
	_ int
	B int
}

var _ = setup()

func setup() int {
	fmt.Println("setup ran")
	return 0
}

var _ fmt.Stringer = S{}

type S struct{}

func (S) String() string { return "S" }

func three() (int, string, bool) { return 1, "two", true }

func main() {
	_, s, _ := three()
	fmt.Println(s)
	for _, v := range []int{1, 2} {
		fmt.Print(v)
	}
	fmt.Println()
	_ = 5
	t := T{A: 1, B: 2}
	fmt.Println(t.A, t.B)
	var _ int = 7
	x := 3
	_ = x
	fmt.Println(S{})
}
