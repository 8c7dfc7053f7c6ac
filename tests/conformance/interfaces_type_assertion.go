package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = ID(7)
	if st, ok := y.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	if _, ok := x.(Stringer); !ok {
		fmt.Println("int is not a Stringer")
	}
	id := y.(ID)
	fmt.Println(id + 1)
	var nilI interface{}
	v, ok := nilI.(int)
	fmt.Println(v, ok)
	var st Stringer = ID(3)
	back, ok := st.(ID)
	fmt.Println(back, ok)
	e, ok := st.(error)
	fmt.Println(e, ok)
}
