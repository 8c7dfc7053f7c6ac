package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, Circle{0.5}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("%.4f %.4f\n", a, p)
	var s Shape
	fmt.Println(s == nil)
	s = Circle{2}
	fmt.Println(s != nil, s)
}
