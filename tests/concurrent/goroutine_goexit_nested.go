package main

import (
	"fmt"
	"runtime"
)

func level(n int, log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("unwind ", n)) }()
	if n == 0 {
		runtime.Goexit()
	}
	level(n-1, log)
	*log = append(*log, "not reached")
}

// Goexit from deep in a call chain runs every deferred call on the way out; recover returns nil.
func main() {
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() { log = append(log, fmt.Sprint("recover: ", recover())) }()
		level(3, &log)
	}()
	for _, l := range <-done {
		fmt.Println(l)
	}
	// Goexit while a panic is being recovered later in the same goroutine.
	res := make(chan string)
	go func() {
		defer func() { res <- "deferred after goexit" }()
		defer func() {
			defer func() { recover() }()
			panic("inside a deferred call")
		}()
		runtime.Goexit()
	}()
	fmt.Println(<-res)
	// A panic raised by a deferred call during Goexit and recovered below it does not cancel
	// the Goexit: the function does not return normally.
	go func() {
		defer func() { res <- "goexit went on" }()
		func() {
			defer func() { recover() }()
			defer func() { panic("during goexit") }()
			runtime.Goexit()
		}()
		res <- "returned normally"
	}()
	fmt.Println(<-res)
}
