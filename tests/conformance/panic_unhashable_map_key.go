package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["ok"] = 1
	fmt.Println(len(m))
	key := []string{"not", "hashable"}
	m[key] = 2
	fmt.Println(len(m))
}
