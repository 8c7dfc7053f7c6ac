package main

import "fmt"

func main() {
	var out chan int
	in := make(chan int, 1)
	hits := map[string]int{}
	for i := 0; i < 20; i++ {
		if i%4 == 0 {
			in <- i
		}
		select {
		case out <- i:
			hits["nil send"]++
		case v := <-in:
			hits[fmt.Sprint("recv ", v%4)]++
		default:
			hits["default"]++
		}
	}
	fmt.Println(hits)
}
