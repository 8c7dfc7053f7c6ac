package main
// expected output written from the Go 1.22 spec

import (
	"fmt"
	"sort"
	"sync"
)

// Go 1.22: each iteration of a for loop has its own variables, so goroutines started in the
// loop body see the values of their iteration (three-clause loops, range over slices, maps,
// integers and strings).
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []string
	add := func(s string) {
		mu.Lock()
		got = append(got, s)
		mu.Unlock()
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("for ", i)) }()
	}
	for i, s := range []string{"a", "b"} {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("slice ", i, s)) }()
	}
	for k, v := range map[string]int{"x": 1, "y": 2} {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("map ", k, v)) }()
	}
	for i := range 3 {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("int ", i)) }()
	}
	for i, r := range "hé" {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("string ", i, string(r))) }()
	}
	// The loop variable changed inside the body: the goroutine sees this iteration's final value.
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); add(fmt.Sprint("changed ", i)) }()
		i++
	}
	wg.Wait()
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}
