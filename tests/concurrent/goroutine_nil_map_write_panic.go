package main

import "fmt"

func main() {
	block := make(chan struct{})
	results := make(chan int)
	printed := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
		<-printed
		var m map[string]int
		m["boom"]++
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	printed <- true
	<-block
}
