package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	done := make(chan int)
	fmt.Println("start")
	go func() {
		done <- get([]int{1, 2, 3}, 5)
	}()
	fmt.Println(<-done)
}
