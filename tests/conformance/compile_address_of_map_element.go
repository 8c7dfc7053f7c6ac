package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	fmt.Println(*p)
}
