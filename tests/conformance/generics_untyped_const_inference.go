// Go 1.21: type inference with untyped constant arguments of different kinds.
// expected output written from the Go 1.22 spec
package main

import (
	"cmp"
	"fmt"
)

func Larger[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	v := Larger(1, 2.5)
	fmt.Printf("%v %T\n", v, v)
	w := Larger(3, 2)
	fmt.Printf("%v %T\n", w, w)
	s := Sum(1, 2, 3.5)
	fmt.Printf("%v %T\n", s, s)
	r := Larger('a', 98)
	fmt.Printf("%v %T\n", r, r)
}
