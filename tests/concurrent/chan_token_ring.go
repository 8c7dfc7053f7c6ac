package main

import "fmt"

// A token goes round a ring of goroutines; each adds its index.
func main() {
	const n, rounds = 50, 20
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(i int, in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + i
			}
			close(out)
		}(i, in, out)
		in = out
	}
	total := 0
	for r := 0; r < rounds; r++ {
		first <- r
		total += <-in
	}
	close(first)
	_, ok := <-in
	fmt.Println(total, ok)
}
