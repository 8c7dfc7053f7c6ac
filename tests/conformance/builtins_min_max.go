// Go 1.21: the min and max built-in functions.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(7), max(-7))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y), min(x, y, 0), max(x, 100))
	var f float64 = 2.5
	fmt.Println(min(f, 1), max(f, 3), min(1.5, 2))
	fmt.Printf("%T %T %T\n", min(1, 2), min(1, 2.5), max(int8(3), 4))
	fmt.Println(max(1, 2.5), min(1, 2.5))
	s1, s2 := Score(90), Score(75)
	fmt.Printf("%v %T\n", max(s1, s2), max(s1, s2))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min("", "a"), max("ab", "b"))
	nan := math.NaN()
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(f, math.Inf(-1)), max(f, math.Inf(1)))
	const c = max(1<<10, 1000)
	fmt.Println(c)
	u := uint8(200)
	fmt.Println(max(u, 255), min(u, 3))
	vals := []int{5, 9, -2, 7}
	lo, hi := vals[0], vals[0]
	for _, v := range vals[1:] {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
}
