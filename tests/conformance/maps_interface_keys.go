package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[1.0], "|", m[true])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	type K struct{ A int }
	m[K{1}] = "struct"
	fmt.Println(m[K{1}], m[K{2}] == "")
	var any map[any]int = map[any]int{nil: 5}
	fmt.Println(any[nil])
}
