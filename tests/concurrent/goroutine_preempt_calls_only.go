package main

import (
	"fmt"
	"runtime"
)

// burn makes 2^n calls and has no loop: only the stack-guard check at calls can preempt it.
func burn(n int) int {
	if n == 0 {
		return 1
	}
	return burn(n-1) + burn(n-1)
}

func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		started <- true
		fmt.Println(burn(60)) // never finishes
	}()
	<-started
	// With one P, main runs again only if the burner is preempted at its calls.
	done := make(chan int)
	go func() {
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		done <- sum
	}()
	fmt.Println("sum", <-done)
}
