package main

import (
	"bytes"
	"fmt"
	"sync"
)

// Goroutines format into buffers taken from a Pool and reset before reuse: whether a buffer
// is new or reused, the output is the same. (How many New calls happen is up to the pool.)
func main() {
	var created sync.Mutex
	news := 0
	pool := sync.Pool{New: func() any {
		created.Lock()
		news++
		created.Unlock()
		return new(bytes.Buffer)
	}}
	results := make([]string, 50)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			fmt.Fprintf(buf, "item-%02d", i)
			results[i] = buf.String()
			pool.Put(buf)
		}(i)
	}
	wg.Wait()
	fmt.Println(results[0], results[49], len(results))
	fmt.Println(news >= 1, news <= 50)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())
}
