package main
// expected output written from the Go 1.22 spec

import "fmt"

type number interface{ ~int | ~float64 }

func double[T number](x T) T { return x * 2 }

func total[T number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	fmt.Println("total", s)
	return s
}

func apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// A generic function named without its type arguments, used as a value or deferred: the
// instance comes from inference (Go 1.21 infers it from the assignment context too).
func main() {
	defer total(1.5, 2.5)
	defer total(1, 2, 3)
	fmt.Println(apply([]int{1, 2}, double))
	fmt.Println(apply([]float64{0.25}, double))
	var f func(int) int = double
	fmt.Println(f(21))
}
