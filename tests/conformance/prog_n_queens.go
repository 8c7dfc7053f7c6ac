package main

import (
	"fmt"
	"strings"
)

func solve(n int) [][]int {
	var solutions [][]int
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	placement := make([]int, 0, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			solutions = append(solutions, append([]int(nil), placement...))
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[row+c] || d2[row-c+n] {
				continue
			}
			cols[c], d1[row+c], d2[row-c+n] = true, true, true
			placement = append(placement, c)
			place(row + 1)
			placement = placement[:len(placement)-1]
			cols[c], d1[row+c], d2[row-c+n] = false, false, false
		}
	}
	place(0)
	return solutions
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Print(len(solve(n)), " ")
	}
	fmt.Println()
	first := solve(6)[0]
	for _, c := range first {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}
	fmt.Println(solve(6))
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(len(permutations([]rune("abcdef"))))
}
