// Go 1.21: slices.Max panics on an empty slice.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{3, 1, 2}))
	var none []int
	fmt.Println(slices.Max(none))
}
