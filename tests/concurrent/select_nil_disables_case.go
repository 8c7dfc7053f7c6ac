package main

import "fmt"

// Merging two channels: a closed input's variable is set to nil, which disables its case.
func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 50; i += 10 {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, closes := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB, closes)
}
