package main

import (
	"fmt"
	"sync"
)

// If the function given to Once.Do panics, Do counts it as done: it is not called again.
func main() {
	var once sync.Once
	calls := 0
	try := func() (r any) {
		defer func() { r = recover() }()
		once.Do(func() {
			calls++
			panic("init failed")
		})
		return nil
	}
	fmt.Println(try())
	fmt.Println(try())
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			try()
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls)
	// Once.Do inside Once.Do of another Once is fine.
	var a, b sync.Once
	a.Do(func() { b.Do(func() { fmt.Println("nested once") }) })
}
