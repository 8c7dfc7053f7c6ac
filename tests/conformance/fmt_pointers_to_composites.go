package main

import "fmt"

type P struct {
	X, Y int
}

type Wrapper struct {
	Inner *P
	Name  string
}

func main() {
	fmt.Println(&P{1, 2})
	fmt.Printf("%v %+v\n", &P{3, 4}, &P{5, 6})
	fmt.Printf("%#v\n", &P{7, 8})
	fmt.Println(&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1})
	fmt.Printf("%v\n", &struct{ A []int }{[]int{9}})
	var np *P
	fmt.Println(np)
	fmt.Printf("%+v %#v\n", np, np)
	w := Wrapper{nil, "w"}
	fmt.Printf("%+v\n", w)
	pp := &np
	fmt.Println(*pp == nil)
	fmt.Printf("%d %s\n", &P{1, 2}, &P{3, 4})
	fmt.Printf("%x\n", &[]byte{0xab, 0xcd})
}
