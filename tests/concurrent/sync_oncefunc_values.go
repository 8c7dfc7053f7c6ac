package main
// expected output written from the Go 1.22 spec

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	v := sync.OnceValue(func() int { calls += 10; return 42 })
	vs := sync.OnceValues(func() (string, error) { calls += 100; return "cfg", nil })
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			f()
			s, err := vs()
			if err == nil && s == "cfg" {
				results[i] = v()
			}
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(calls, sum)
	p := sync.OnceFunc(func() { panic("once") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
