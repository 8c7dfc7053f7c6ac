package main

import "fmt"

func main() {
	var grid [4][5]int
	for i := 0; i <= 5; i++ {
		grid[1][i] = i
		fmt.Println("set", i)
	}
}
