package main

import "fmt"

var (
	global = 10
	gstr   string
	gf, gg = 1.5, "two"
)

func main() {
	var a int
	var b, c = 1, "c"
	d := 3.0
	var e, f int = 4, 5
	var (
		g bool
		h = 'h'
	)
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(global, gstr == "", gf, gg)
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	i, j := 0, 0
	i, j = i+1, i+2
	fmt.Println(i, j)
	fmt.Printf("%T %T %T %T %T\n", a, c, d, g, h)
}
