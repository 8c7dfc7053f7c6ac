package main

import (
	"fmt"
	"sync"
)

type config struct{ values map[string]string }

var (
	once  sync.Once
	cfg   *config
	loads int
)

func get() *config {
	once.Do(func() {
		loads++
		cfg = &config{values: map[string]string{"mode": "fast"}}
	})
	return cfg
}

// A hundred goroutines race to initialise: the function runs once, and every caller sees
// its result (Do returns only after it has finished).
func main() {
	var wg sync.WaitGroup
	seen := make([]string, 100)
	for i := range seen {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = get().values["mode"]
		}(i)
	}
	wg.Wait()
	ok := true
	for _, s := range seen {
		ok = ok && s == "fast"
	}
	fmt.Println(loads, ok)
}
