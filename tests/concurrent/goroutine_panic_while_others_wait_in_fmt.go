package main

import (
	"fmt"
	"sync"
)

type locked struct{ mu *sync.Mutex }

func (l locked) String() string {
	l.mu.Lock()
	return "never"
}

// Goroutines blocked inside String methods called by fmt, while another goroutine's panic
// ends the program.
func main() {
	var mu sync.Mutex
	mu.Lock()
	var started sync.WaitGroup
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			fmt.Println(locked{&mu})
		}()
	}
	started.Wait()
	fmt.Println("started")
	go func() { panic(fmt.Sprintf("panic with %d goroutines waiting", 3)) }()
	select {}
}
