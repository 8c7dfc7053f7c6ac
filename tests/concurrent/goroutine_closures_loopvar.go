// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
