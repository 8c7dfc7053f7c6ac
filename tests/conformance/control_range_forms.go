package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	pa := &arr
	for i, v := range pa {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := []string{}
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sort.Strings(keys)
	fmt.Println(keys, sum)
	for i, r := range "héllo" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("never")
	}
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	fmt.Println(idx, val)
}
