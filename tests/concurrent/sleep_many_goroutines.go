package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Five thousand goroutines sleep for different short times at once (many timers pending
// together); all wake, and sorting the results makes the output independent of wake order.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 5000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%7) * time.Millisecond)
			mu.Lock()
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(woke)
	fmt.Println(len(woke), woke[0], woke[4999])
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative sleeps return")
}
