package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() {
			r := recover()
			log = append(log, fmt.Sprint("recover saw ", r))
		}()
		defer func() { log = append(log, "deferred 1") }()
		func() {
			defer func() { log = append(log, "inner defer") }()
			runtime.Goexit()
		}()
		log = append(log, "not reached")
	}()
	fmt.Println(<-done)
}
