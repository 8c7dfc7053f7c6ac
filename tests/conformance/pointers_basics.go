package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int {
	return &v
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	pp := &p
	**pp = 99
	fmt.Println(x)
	n := new(int)
	fmt.Println(*n)
	*n = 3
	fmt.Println(*n)
	var np *int
	fmt.Println(np == nil, np)
	s := new([]string)
	*s = append(*s, "a")
	fmt.Println(*s, len(*s))
}
