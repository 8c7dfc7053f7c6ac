package main

import (
	"fmt"
	"sync"
)

func guarded(l sync.Locker, n *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 100; i++ {
		l.Lock()
		*n++
		l.Unlock()
	}
}

type logged struct {
	sync.Mutex
	locks int
}

func (l *logged) Lock() {
	l.Mutex.Lock()
	l.locks++
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rw sync.RWMutex
	lg := &logged{}
	a, b, c := 0, 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(3)
		go guarded(&mu, &a, &wg)
		go guarded(&rw, &b, &wg)
		go guarded(lg, &c, &wg)
	}
	wg.Wait()
	fmt.Println(a, b, c, lg.locks)
	var lockers []sync.Locker = []sync.Locker{&mu, &rw, rw.RLocker(), lg}
	for _, l := range lockers {
		l.Lock()
		l.Unlock()
	}
	fmt.Printf("%T %T\n", lockers[2], lockers[3])
}
