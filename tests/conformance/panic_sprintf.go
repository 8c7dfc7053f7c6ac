package main

import "fmt"

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive: got %d, want > 0", n))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(4))
	fmt.Println(mustPositive(-3))
}
