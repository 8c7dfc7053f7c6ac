// Go 1.21: sorting with the slices package.
// expected output written from the Go 1.22 spec
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 3, 2}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	words := []string{"pear", "Apple", "banana", "apple"}
	slices.Sort(words)
	fmt.Println(words)
	floats := []float64{2.5, -1, 3.25, 0}
	slices.Sort(floats)
	fmt.Println(floats)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(people)
	byLen := []string{"ccc", "a", "bb", "dd", "e"}
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
	fmt.Println(slices.IsSortedFunc(byLen, func(a, b string) int { return len(a) - len(b) }))
	desc := []int{1, 2, 3}
	slices.SortFunc(desc, func(a, b int) int { return b - a })
	fmt.Println(desc)
}
