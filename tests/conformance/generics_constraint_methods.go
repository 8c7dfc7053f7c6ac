package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Named interface {
	comparable
	Name() string
}

type Sq struct{ S float64 }
type Ci struct{ R float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (c Ci) Area() float64 { return 3 * c.R * c.R }
func (s Sq) Name() string  { return "square" }

func Largest[T Shape](shapes []T) T {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func Describe[T Named](items []T) string {
	var parts []string
	for i, it := range items {
		dup := i > 0 && it == items[i-1]
		parts = append(parts, fmt.Sprintf("%s(dup=%v)", it.Name(), dup))
	}
	return strings.Join(parts, ",")
}

type StringerLike interface {
	~int | ~string
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprintf("C%03d", int(c)) }

func Render[T StringerLike](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

func main() {
	fmt.Println(Largest([]Sq{{1}, {3}, {2}}))
	fmt.Println(Largest([]Shape{Sq{2}, Ci{1.5}}))
	fmt.Println(Describe([]Sq{{1}, {1}, {2}}))
	fmt.Println(Render([]Code{7, 42}))
}
