// Go 1.21: the clear built-in for maps and slices.
// expected output written from the Go 1.22 spec
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil, m)
	m["d"] = 4
	fmt.Println(m, alias)

	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s))
	clear(s)
	fmt.Println(s, len(s), cap(s))

	ps := []Point{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil)

	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)

	arr := [4]int{9, 9, 9, 9}
	clear(arr[2:])
	fmt.Println(arr)
}
