package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	for _, r := range pascal(6) {
		fmt.Println(r)
	}
	grid := [][]rune{[]rune("#.#"), []rune("..."), []rune("#..")}
	grid[1][1] = '@'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(jag, len(jag[1]))
	jag[1] = append(jag[1], "new")
	fmt.Println(jag)
}
