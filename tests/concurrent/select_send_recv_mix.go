package main

import "fmt"

// One loop both sends work and receives results: it sends while there is work left, and a
// nil channel variable disables the send case once there is none.
func main() {
	jobs := make(chan int)
	results := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	next, pending, sum := 1, 0, 0
	const total = 100
	for next <= total || pending > 0 {
		var send chan int
		if next <= total {
			send = jobs
		}
		select {
		case send <- next:
			next++
			pending++
		case r := <-results:
			sum += r
			pending--
		}
	}
	close(jobs)
	fmt.Println(sum)
}
