package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	for range []int(nil) {
		fmt.Println("never")
	}
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	s := a[:0]
	fmt.Println(s == nil, len(s), cap(s))
	var ns []string
	fmt.Println(ns[0:0] == nil)
}
