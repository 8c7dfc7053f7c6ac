// Go 1.21: comparing slices and finding extremes with the slices package.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	a := []int{1, 2, 3}
	b := []int{1, 2, 3}
	c := []int{1, 2, 4}
	fmt.Println(slices.Equal(a, b), slices.Equal(a, c), slices.Equal([]int{}, nil))
	fmt.Println(slices.Compare(a, b), slices.Compare(a, c), slices.Compare(c, a), slices.Compare(a, a[:2]))
	fmt.Println(slices.Max(c), slices.Min(c), slices.Max([]string{"kiwi", "apple", "zebra"}))
	fmt.Println(slices.Max([]float64{-1.5, -0.5}), slices.Min([]float64{2, 1.25}))
	eq := slices.EqualFunc([]string{"Go", "RUST"}, []string{"go", "rust"}, strings.EqualFold)
	fmt.Println(eq)
	longest := slices.MaxFunc([]string{"bb", "a", "ccc", "dd"}, func(x, y string) int { return len(x) - len(y) })
	shortest := slices.MinFunc([]string{"bb", "a", "ccc", "e"}, func(x, y string) int { return len(x) - len(y) })
	fmt.Println(longest, shortest)
	fmt.Println(slices.Index([]byte("hello"), 'l'))
}
