package main

import (
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...#...",
	"..#.#.##.#",
	".##.#....E",
}

func bfs(grid []string, start, end Pos) ([]Pos, bool) {
	prev := map[Pos]Pos{}
	seen := map[Pos]bool{start: true}
	queue := []Pos{start}
	dirs := [4]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []Pos
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := Pos{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, false
}

func find(grid []string, ch byte) Pos {
	for r, row := range grid {
		if c := strings.IndexByte(row, ch); c >= 0 {
			return Pos{r, c}
		}
	}
	return Pos{-1, -1}
}

func main() {
	s, e := find(maze, 'S'), find(maze, 'E')
	path, ok := bfs(maze, s, e)
	fmt.Println(ok, len(path)-1, s, e)
	canvas := make([][]byte, len(maze))
	for i, row := range maze {
		canvas[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	blocked := append([]string(nil), maze...)
	blocked[5] = ".##.#...#E"
	blocked[4] = "..#.#.####"
	_, ok = bfs(blocked, s, e)
	fmt.Println("blocked reachable:", ok)
}
