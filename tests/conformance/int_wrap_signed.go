package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a = -128
	a--
	fmt.Println(a)
	var b int16 = 32767
	b += 2
	fmt.Println(b)
	var c int32 = 2147483647
	c++
	fmt.Println(c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println(d)
	var e int = -9223372036854775808
	e--
	fmt.Println(e)
	var m int8 = -128
	fmt.Println(-m, m*-1, m/-1)
	var x int8 = 100
	fmt.Println(x*3, x+x, x*x)
	var y int32 = 1 << 30
	fmt.Println(y*4, y*2)
}
