package main

import (
	"fmt"
	"sync"
)

func depth(n int, c chan int) int {
	if n == 0 {
		c <- 1 // park at the bottom of a deep stack
		return <-c
	}
	var pad [4]int
	pad[n%4] = n
	return depth(n-1, c) + 1 + pad[0]*0
}

func shallow(n int) int {
	if n == 0 {
		return 0
	}
	return shallow(n-1) + 1
}

// Goroutines alternate deep recursion that parks at the bottom with shallow phases that park
// too (where their stacks may shrink); every round's result is intact.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 20)
	for g := range results {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			c := make(chan int)
			go func() {
				for {
					v, ok := <-c
					if !ok {
						return
					}
					c <- v * 2
				}
			}()
			total := 0
			for round := 0; round < 4; round++ {
				total += depth(5000+g*100+round, c)
				c <- shallow(10)
				total += <-c
			}
			close(c)
			results[g] = total
		}(g)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(results[0], results[19], sum)
}
