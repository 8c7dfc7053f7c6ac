package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Each goroutine recovers its own panic and reports it: the program goes on.
func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, func() { panic("plain") })
	safeGo(&wg, errs, func() { panic(errors.New("an error")) })
	safeGo(&wg, errs, func() {
		var a []int
		_ = a[3]
	})
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() {
		var p *struct{ x int }
		p.x = 1
	})
	safeGo(&wg, errs, func() {
		a, b := 1, 0
		_ = a / b
	})
	safeGo(&wg, errs, func() {
		var i any = "str"
		_ = i.(int)
	})
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var all []string
	for e := range errs {
		all = append(all, e)
	}
	sort.Strings(all)
	for _, e := range all {
		fmt.Println(e)
	}
}
