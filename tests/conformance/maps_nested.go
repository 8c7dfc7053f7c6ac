package main

import (
	"fmt"
	"sort"
)

func main() {
	graph := map[string]map[string]int{}
	add := func(from, to string, w int) {
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	fmt.Println(graph)
	keys := make([]string, 0, len(graph))
	for k := range graph {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		total := 0
		for _, w := range graph[k] {
			total += w
		}
		fmt.Println(k, len(graph[k]), total)
	}
	fmt.Println(graph["x"]["y"])
}
