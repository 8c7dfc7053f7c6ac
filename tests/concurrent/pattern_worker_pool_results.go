package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	worker int
	vowels int
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

// A fixed pool of workers drains a job queue; results come back in any order and are sorted.
func main() {
	words := []string{"goroutine", "channel", "select", "mutex", "waitgroup", "atomic",
		"scheduler", "preemption", "deadlock", "semaphore", "barrier", "pipeline"}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, w, countVowels(j.text)}
			}
		}(w)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Printf("%-10s %d\n", words[r.id], r.vowels)
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println(n, len(perWorker) <= 3)
}
