package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type guarded struct {
	mu sync.Mutex
	n  int
}

// String locks: while another goroutine holds the lock, fmt's call of String blocks.
func (g *guarded) String() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return fmt.Sprint("n=", g.n)
}

type fromChan struct{ c chan string }

func (f fromChan) String() string { return <-f.c }

type slowErr struct{ wg *sync.WaitGroup }

func (e slowErr) Error() string {
	e.wg.Wait()
	time.Sleep(time.Millisecond)
	return "waited for the workers"
}

type selecting struct{ a, b chan int }

func (s selecting) String() string {
	select {
	case v := <-s.a:
		return fmt.Sprint("a", v)
	case v := <-s.b:
		return fmt.Sprint("b", v)
	}
}

// Methods that fmt calls (String, Error) may block on locks, channels, WaitGroups, select and
// sleep like any Go code: the goroutine waits, and others run meanwhile.
func main() {
	g := &guarded{n: 1}
	g.mu.Lock()
	out := make(chan string)
	go func() { out <- fmt.Sprint(g) }()
	g.n = 2
	g.mu.Unlock()
	fmt.Println(<-out)

	f := fromChan{make(chan string)}
	go func() { f.c <- "from a channel" }()
	fmt.Println(f)

	var wg sync.WaitGroup
	done := make([]bool, 3)
	for i := range done {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			done[i] = true
		}(i)
	}
	err := fmt.Errorf("wrapped: %w", slowErr{&wg})
	fmt.Println(err, done, errors.As(err, new(slowErr)))

	s := selecting{make(chan int), make(chan int)}
	go func() { s.b <- 7 }()
	fmt.Printf("%v|%s\n", s, strings.Repeat("-", 3))

	// Many goroutines printing values whose String blocks on one shared channel.
	feed := fromChan{make(chan string)}
	results := make(chan string)
	for i := 0; i < 5; i++ {
		go func() { results <- fmt.Sprintf("<%v>", feed) }()
	}
	for i := 0; i < 5; i++ {
		feed.c <- fmt.Sprint(i)
	}
	var all []string
	for i := 0; i < 5; i++ {
		all = append(all, <-results)
	}
	sort.Strings(all)
	fmt.Println(all)
}
