// Go 1.21/1.22: the cmp package (Compare, Less, Or) and min/max on type parameters.
// expected output written from the Go 1.22 spec
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Order struct {
	Customer string
	Total    int
	ID       int
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Less("b", "a"), cmp.Less(1.5, 2.5))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, 1.0))
	fmt.Println(cmp.Or(0, 0, 7, 9), cmp.Or("", "default"), cmp.Or[int]())
	orders := []Order{
		{"bob", 30, 1}, {"alice", 30, 2}, {"bob", 10, 3}, {"alice", 50, 4},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(b.Total, a.Total),
		)
	})
	for _, o := range orders {
		fmt.Println(o.Customer, o.Total, o.ID)
	}
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(5, 0, 10), Clamp("m", "a", "k"))
}
