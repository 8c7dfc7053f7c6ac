package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m)
	fmt.Println(m.Transpose())
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(m, id) == m)
	fmt.Println(mul(m, m))
	row := m[1]
	row[0] = 99
	fmt.Println(m[1], row)
	var grid [2][4]string
	grid[1][3] = "x"
	fmt.Printf("%q\n", grid)
	fmt.Println(len(grid), len(grid[0]))
}
