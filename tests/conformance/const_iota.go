package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota * 100
	g, h
)

const (
	x = "str"
	y
	z = iota
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(x, y, z)
	fmt.Printf("%T %v\n", Friday, Friday+1)
}
