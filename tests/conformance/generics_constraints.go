package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int
type Name string

func Keys[K comparable, V any](m map[K]V) int {
	return len(m)
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27))
	fmt.Println(Sum(MyInt(4), MyInt(5)))
	fmt.Printf("%T\n", Sum(MyInt(1)))
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(Name("x"), Name("y")))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	type P struct{ X, Y int }
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	var i8 int8 = 127
	fmt.Println(Sum(i8, 1))
}
