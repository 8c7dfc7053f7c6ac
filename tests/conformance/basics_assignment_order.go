package main

import "fmt"

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	b := []int{10, 20, 30}
	j := 0
	b[j], j = b[j]+1, b[j]+2
	fmt.Println(b, j)
	r := val("a", 1) + val("b", 2)*val("c", 3)
	fmt.Println(r, trace)
	trace = nil
	m := map[int]int{}
	m[idx("key", 1)] = val("value", 5)
	fmt.Println(m, trace)
	trace = nil
	fmt.Println(val("p1", 1), val("p2", 2), val("p3", 3))
	fmt.Println(trace)
	s := []int{1, 2, 3}
	for k, v := range s {
		s[len(s)-1-k] = v
	}
	fmt.Println(s)
}
