package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type safeCounts struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *safeCounts) add(word string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[word]++
}

func (c *safeCounts) snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away over the hill while the dog sleeps`

func main() {
	c := &safeCounts{m: map[string]int{}}
	var wg sync.WaitGroup
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			wg.Add(1)
			go func(w string) {
				defer wg.Done()
				c.add(w)
			}(w)
		}
	}
	wg.Wait()
	snap := c.snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if snap[keys[i]] != snap[keys[j]] {
			return snap[keys[i]] > snap[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:5] {
		fmt.Println(k, snap[k])
	}
	fmt.Println(len(snap))
}
