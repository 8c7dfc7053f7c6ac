package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("limit reached at", n)
		os.Exit(0)
	}
}

func main() {
	defer fmt.Println("not printed")
	for i := 0; ; i++ {
		fmt.Println("iteration", i)
		check(i)
	}
}
