package main

import "fmt"

// A closed channel is always ready to receive; a nil one never is, so select over both always
// takes the closed one, and with a blocking channel too, the closed one wins whenever the
// other has nothing.
func main() {
	closed := make(chan struct{})
	close(closed)
	var never chan int
	empty := make(chan int)
	counts := [3]int{}
	for i := 0; i < 500; i++ {
		select {
		case <-closed:
			counts[0]++
		case <-never:
			counts[1]++
		case <-empty:
			counts[2]++
		}
	}
	fmt.Println(counts)
	full := make(chan int, 1)
	full <- 5
	got := 0
	for i := 0; i < 200; i++ {
		select {
		case <-closed:
		case v := <-full:
			got += v
			full <- v
		}
	}
	fmt.Println(got > 0, got < 1000, got%5)
}
