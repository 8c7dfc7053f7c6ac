package main

import "fmt"

func producer(id, n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*1000 + i
	}
	close(out)
}

func main() {
	c1, c2, c3 := make(chan int), make(chan int, 5), make(chan int)
	go producer(1, 50, c1)
	go producer(2, 60, c2)
	go producer(3, 70, c3)
	count, sum := 0, 0
	for c1 != nil || c2 != nil || c3 != nil {
		select {
		case v, ok := <-c1:
			if !ok {
				c1 = nil
				continue
			}
			count++
			sum += v
		case v, ok := <-c2:
			if !ok {
				c2 = nil
				continue
			}
			count++
			sum += v
		case v, ok := <-c3:
			if !ok {
				c3 = nil
				continue
			}
			count++
			sum += v
		}
	}
	fmt.Println(count, sum)
}
