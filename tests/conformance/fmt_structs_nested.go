package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Iface interface{}
	fn    func()
}

func main() {
	o := Outer{
		Name:  "o",
		In:    Inner{1, "x"},
		Ptr:   &Inner{2, "y"},
		List:  []Inner{{3, "z"}},
		M:     map[string]int{"k": 1},
		Iface: Inner{4, "w"},
	}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%v\n", o.Iface)
	fmt.Printf("%#v\n", o.Iface)
	var np *Inner
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%#v\n", struct{ X, y int }{1, 2})
	fmt.Printf("%#v %#v\n", [2]bool{true}, map[int]bool{1: true})
	fmt.Printf("%#v %#v %#v\n", 'a', "s", uint8(3))
	pp := &o.Ptr
	_ = pp
	fmt.Printf("%v\n", []*int{nil})
}
