package main

import "fmt"

type Point [2]int

func main() {
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))
	a := [2]string{"a", "b"}
	b := [2]string{"a", "b"}
	fmt.Println(a == b)
	type pair struct {
		k [2]int
		v string
	}
	x := pair{[2]int{1, 2}, "v"}
	y := x
	y.k[0] = 5
	fmt.Println(x, y, x == y)
	var arrs [3][2]int
	arrs[2] = [2]int{7, 8}
	fmt.Println(arrs)
}
