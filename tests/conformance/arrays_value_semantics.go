package main

import "fmt"

func modify(a [3]int) {
	a[0] = 100
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	c := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(c), c)
	d := [5]int{1: 10, 3: 30}
	fmt.Println(d)
	e := [...]int{4: 1, 2}
	fmt.Println(len(e), e)
	var z [4]bool
	fmt.Println(z)
	fmt.Println(a == [3]int{100, 2, 3}, a != b)
	p := &a
	fmt.Println(p[2], len(p))
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
