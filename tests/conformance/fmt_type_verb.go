package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Point struct{ X, Y int }
type Shape interface{ Area() float64 }

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), 1.0, float32(1), 1i, "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &Point{}, Point{}, MyInt(1),
		func(int) string { return "" }, errors.New("e"), struct{ A int }{},
		[]interface{}{}, new(Shape), (*int)(nil), [][]float64{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%v %d\n", MyInt(5), MyInt(5))
}
