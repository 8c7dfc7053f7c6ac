package main

import "fmt"

type T struct {
	P *int
	S []int
	M map[int]int
	F func()
	I interface{}
	E error
	C chan int
}

func main() {
	var t T
	fmt.Println(t)
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	var ip *int
	var sl []string
	var mp map[string]bool
	var fn func()
	var it interface{}
	fmt.Println(ip, sl, mp, fn == nil, it)
	fmt.Printf("%v %v %v %v\n", ip, sl, mp, it)
	fmt.Printf("%d %s %q\n", sl, sl, sl)
	fmt.Printf("%#v %#v %#v\n", ip, sl, it)
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
}
