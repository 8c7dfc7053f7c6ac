package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[0]*0
}

func main() {
	out := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) { out <- depth(10000 + i) }(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}
