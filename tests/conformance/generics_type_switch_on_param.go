package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + x
	case fmt.Stringer:
		return "stringer:" + x.String()
	default:
		return fmt.Sprintf("other:%T", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Number interface{ ~int | ~int64 | ~float64 }

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Registry map[string]int

func main() {
	fmt.Println(Describe(42), Describe("hi"), Describe(Version{1, 22}), Describe(3.5), Describe([]int{}))
	fmt.Println(Average([]int{1, 2, 4}), Average([]float64{1.5, 2.5}), Average[int64](nil))
	fmt.Println(Keys(Registry{"a": 1, "b": 2}))
	type Celsius float64
	fmt.Printf("%.2f\n", Average([]Celsius{20, 21.5, 23}))
}
