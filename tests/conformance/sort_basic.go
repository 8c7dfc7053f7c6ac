package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 3, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchInts([]int{1, 3}, 9))
	sorted := []int{10, 20, 30, 40}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 25 })
	fmt.Println(i)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
