package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(depth(1000))
	fmt.Println(debug.SetMaxStack(1 << 16))
	fmt.Println(depth(1 << 20))
}
