package main

import (
	"fmt"
	"os"
)

// os.Exit in a goroutine ends the program at once: main's deferred calls do not run.
func main() {
	defer fmt.Println("never printed")
	ready := make(chan bool)
	go func() {
		<-ready
		fmt.Println("goroutine exits with 3")
		os.Exit(3)
	}()
	fmt.Println("main")
	ready <- true
	select {}
}
