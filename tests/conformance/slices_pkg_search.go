// Go 1.21: searching with the slices package.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	ID   int
	Name string
}

func main() {
	s := []string{"go", "rust", "zig", "c"}
	fmt.Println(slices.Contains(s, "zig"), slices.Contains(s, "java"))
	fmt.Println(slices.Index(s, "rust"), slices.Index(s, "java"))
	fmt.Println(slices.IndexFunc(s, func(x string) bool { return len(x) == 1 }))
	fmt.Println(slices.ContainsFunc(s, func(x string) bool { return strings.HasPrefix(x, "ru") }))

	sorted := []int{10, 20, 30, 40, 50}
	i, found := slices.BinarySearch(sorted, 30)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(sorted, 35)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(sorted, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(sorted, 99)
	fmt.Println(i, found)

	items := []Item{{1, "one"}, {4, "four"}, {9, "nine"}}
	i, found = slices.BinarySearchFunc(items, 4, func(it Item, id int) int { return it.ID - id })
	fmt.Println(i, found, items[i].Name)
	i, found = slices.BinarySearchFunc(items, 5, func(it Item, id int) int { return it.ID - id })
	fmt.Println(i, found)
	var empty []int
	fmt.Println(slices.Index(empty, 1), slices.Contains(empty, 0))
	i, found = slices.BinarySearch(empty, 3)
	fmt.Println(i, found)
}
