package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var docs = []string{
	"go is expressive concise clean and efficient",
	"its concurrency mechanisms make it easy to write programs",
	"that get the most out of multicore and networked machines",
	"go compiles quickly to machine code yet has the convenience of garbage collection",
	"it is a fast statically typed compiled language that feels like a dynamically typed language",
}

// Map: one goroutine per document counts its words. Shuffle: by first letter to one reducer
// each of 4. Reduce: sum. Then merge and print the most frequent.
func main() {
	mapped := make(chan map[string]int)
	for _, d := range docs {
		go func(d string) {
			m := map[string]int{}
			for _, w := range strings.Fields(d) {
				m[w]++
			}
			mapped <- m
		}(d)
	}
	const reducers = 4
	shards := make([]chan [2]any, reducers)
	results := make(chan map[string]int)
	var wg sync.WaitGroup
	for r := range shards {
		shards[r] = make(chan [2]any, 16)
		wg.Add(1)
		go func(in <-chan [2]any) {
			defer wg.Done()
			acc := map[string]int{}
			for kv := range in {
				acc[kv[0].(string)] += kv[1].(int)
			}
			results <- acc
		}(shards[r])
	}
	go func() {
		for range docs {
			for w, n := range <-mapped {
				shards[int(w[0])%reducers] <- [2]any{w, n}
			}
		}
		for _, s := range shards {
			close(s)
		}
		wg.Wait()
		close(results)
	}()
	total := map[string]int{}
	for part := range results {
		for w, n := range part {
			total[w] += n
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range total {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:6] {
		fmt.Println(e.w, e.n)
	}
	fmt.Println(len(list))
}
