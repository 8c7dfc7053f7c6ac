// Go 1.22: Conway's game of life using range-over-int loops and min/max.
// expected output written from the Go 1.22 spec
package main

import "fmt"

const size = 6

type Grid [size][size]bool

func (g *Grid) neighbors(r, c int) int {
	n := 0
	for dr := range 3 {
		for dc := range 3 {
			if dr == 1 && dc == 1 {
				continue
			}
			rr, cc := r+dr-1, c+dc-1
			if rr < 0 || cc < 0 || rr >= size || cc >= size {
				continue
			}
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	var next Grid
	for r := range size {
		for c := range size {
			n := g.neighbors(r, c)
			next[r][c] = n == 3 || (g[r][c] && n == 2)
		}
	}
	return &next
}

func (g *Grid) String() string {
	s := ""
	for r := range size {
		for c := range size {
			if g[r][c] {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	g := &Grid{}
	// A glider.
	g[0][1] = true
	g[1][2] = true
	g[2][0], g[2][1], g[2][2] = true, true, true
	for gen := range 3 {
		fmt.Printf("gen %d:\n%v", gen, g)
		g = g.Step()
	}
	alive := 0
	minR, maxR := size, -1
	for r := range size {
		for c := range size {
			if g[r][c] {
				alive++
				minR = min(minR, r)
				maxR = max(maxR, r)
			}
		}
	}
	fmt.Println("alive:", alive, "rows:", minR, "to", maxR)
}
