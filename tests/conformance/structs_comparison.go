package main

import "fmt"

type Point struct{ X, Y int }

type Labeled struct {
	P     Point
	Label string
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	l1 := Labeled{a, "a"}
	l2 := Labeled{Point{1, 2}, "a"}
	fmt.Println(l1 == l2)
	l2.Label = "b"
	fmt.Println(l1 == l2)
	var zero Point
	fmt.Println(zero == Point{})
	anon1 := struct{ A, B int }{1, 2}
	anon2 := struct{ A, B int }{1, 2}
	fmt.Println(anon1 == anon2)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
}
