package main

import (
	"fmt"
	"sync"
)

// Five philosophers, five forks: each takes the lower-numbered fork first, so no cycle of
// waits can form and everyone eats every meal.
func main() {
	const n, meals = 5, 50
	forks := make([]sync.Mutex, n)
	eaten := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			first, second := p, (p+1)%n
			if first > second {
				first, second = second, first
			}
			for m := 0; m < meals; m++ {
				forks[first].Lock()
				forks[second].Lock()
				eaten[p]++
				forks[second].Unlock()
				forks[first].Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println(eaten)
}
