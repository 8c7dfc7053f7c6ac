package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A broker goroutine owns the subscriber list; publishers and subscribers talk to it through
// channels only. Each subscriber receives every message published after it subscribed.
type broker struct {
	subscribe chan chan string
	publish   chan string
	stop      chan struct{}
}

func newBroker() *broker {
	b := &broker{make(chan chan string), make(chan string), make(chan struct{})}
	go func() {
		var subs []chan string
		for {
			select {
			case s := <-b.subscribe:
				subs = append(subs, s)
			case msg := <-b.publish:
				for _, s := range subs {
					s <- msg
				}
			case <-b.stop:
				for _, s := range subs {
					close(s)
				}
				return
			}
		}
	}()
	return b
}

func main() {
	b := newBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[int][]string{}
	for i := 0; i < 3; i++ {
		ch := make(chan string, 10)
		b.subscribe <- ch
		wg.Add(1)
		go func(i int, ch chan string) {
			defer wg.Done()
			for msg := range ch {
				mu.Lock()
				got[i] = append(got[i], msg)
				mu.Unlock()
			}
		}(i, ch)
		b.publish <- fmt.Sprint("after-", i)
	}
	b.publish <- "last"
	close(b.stop)
	wg.Wait()
	keys := []int{}
	for k := range got {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, strings.Join(got[k], " "))
	}
}
