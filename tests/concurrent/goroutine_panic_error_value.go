package main

import (
	"fmt"
	"sync"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("main waits")
	go func() {
		panic(myErr{42})
	}()
	wg.Wait()
}
