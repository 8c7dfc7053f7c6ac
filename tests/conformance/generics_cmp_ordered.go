// Go 1.21: generic helpers built on cmp.Ordered and the slices package.
// expected output written from the Go 1.22 spec
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func SortedUnique[T cmp.Ordered](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

func TopN[T any](xs []T, n int, compare func(a, b T) int) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return -compare(a, b) })
	return out[:min(n, len(out))]
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

func main() {
	fmt.Println(SortedUnique([]int{5, 3, 5, 1, 3, 9}))
	fmt.Println(SortedUnique([]string{"b", "a", "b"}))
	scores := []int{70, 95, 88, 95, 60}
	fmt.Println(TopN(scores, 3, cmp.Compare[int]))
	fmt.Println(TopN(scores, 10, cmp.Compare[int]))
	fmt.Println(SortedPairs(map[string]int{"z": 26, "a": 1, "m": 13}))
	fmt.Printf("%+v\n", SortedPairs(map[int]bool{3: true, 1: false}))
}
