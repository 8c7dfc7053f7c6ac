package main

import (
	"fmt"
	"sync"
)

type task struct{ n int }

func (t *task) run(wg *sync.WaitGroup, out []int, i int) {
	defer wg.Done()
	out[i] = 100 / t.n
}

// One task divides by zero while main waits on the WaitGroup: the program dies with the
// runtime error, whatever the others were doing.
func main() {
	tasks := []*task{{1}, {2}, {0}, {4}}
	out := make([]int, len(tasks))
	var wg sync.WaitGroup
	var gate sync.Mutex
	gate.Lock()
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t *task) {
			if t.n == 0 {
				gate.Lock() // the failing task waits until main is waiting
			}
			t.run(&wg, out, i)
		}(i, t)
	}
	fmt.Println("waiting")
	gate.Unlock()
	wg.Wait()
	select {}
}
