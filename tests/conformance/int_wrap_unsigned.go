package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	a = 0
	a--
	fmt.Println(a)
	var b uint16 = 65535
	b += 10
	fmt.Println(b)
	var c uint32 = 0
	c -= 1
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	var e uint = 1
	e = -e
	fmt.Println(e)
	var u uintptr = 0
	u--
	fmt.Println(u)
	var f uint8 = 200
	fmt.Println(f*2, f+f, ^f, f<<1, f>>1)
	var g uint32 = 0xdeadbeef
	fmt.Println(g*g, g<<4, ^g)
	var h byte = 'A'
	h += 32
	fmt.Println(h, string(rune(h)))
}
