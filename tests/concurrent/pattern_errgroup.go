package main
// expected output written from the Go 1.22 spec

import (
	"errors"
	"fmt"
	"sync"
)

// An errgroup: run tasks concurrently, wait for all, keep the first error by task order.
// The closures capture the loop variable: one per iteration (Go 1.22).
type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs map[int]error
}

func (g *group) Go(i int, f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.errs == nil {
				g.errs = map[int]error{}
			}
			g.errs[i] = err
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	first := -1
	for i := range g.errs {
		if first < 0 || i < first {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	return g.errs[first]
}

var errNotFound = errors.New("not found")

func fetch(id int) (string, error) {
	if id%4 == 3 {
		return "", fmt.Errorf("fetch %d: %w", id, errNotFound)
	}
	return fmt.Sprint("item", id), nil
}

func main() {
	var g group
	out := make([]string, 10)
	for i := 0; i < 10; i++ {
		g.Go(i, func() error {
			s, err := fetch(i)
			out[i] = s
			return err
		})
	}
	err := g.Wait()
	fmt.Println(err, errors.Is(err, errNotFound), len(g.errs))
	fmt.Println(out)
	var ok group
	for i := 0; i < 3; i++ {
		ok.Go(i, func() error { return nil })
	}
	fmt.Println(ok.Wait())
}
