package main

import "fmt"

func fill(m map[string]int) {
	m["added"] = 1
}

func reset(m map[string]int) {
	m = map[string]int{}
	m["lost"] = 1
}

func main() {
	m := map[string]int{"a": 1}
	alias := m
	alias["b"] = 2
	fill(m)
	reset(m)
	fmt.Println(m)
	type S struct{ N int }
	ms := map[string]S{"x": {1}}
	s := ms["x"]
	s.N = 100
	fmt.Println(ms)
	ms["x"] = s
	fmt.Println(ms)
	mp := map[string]*S{"y": {2}}
	mp["y"].N = 200
	fmt.Println(mp["y"].N, *mp["y"])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(m, len(m))
}
