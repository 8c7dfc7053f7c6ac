package main

import "fmt"

func main() {
	s := make([]string, 3, 8)
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s))
	s = s[2:4]
	fmt.Println(len(s), cap(s))
	m := make([][]int, 2)
	fmt.Println(m, m[0] == nil)
	f := make([]float64, 2)
	f[1] = 2.5
	fmt.Println(f)
	type P struct{ X, Y int }
	ps := make([]P, 2)
	ps[0].X = 7
	fmt.Println(ps)
	pp := make([]*P, 2)
	fmt.Println(pp[0] == nil)
	n := 4
	dyn := make([]int, n, n*2)
	fmt.Println(len(dyn), cap(dyn))
}
