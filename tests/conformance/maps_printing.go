package main

import "fmt"

func main() {
	m := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	s := map[string][]int{"z": {1}, "a": nil, "m": {2, 3}}
	fmt.Println(s)
	fmt.Printf("%#v\n", s)
	var nm map[string]int
	fmt.Println(nm)
	fmt.Printf("%#v\n", nm)
	e := map[string]struct{}{"k": {}}
	fmt.Println(e)
}
