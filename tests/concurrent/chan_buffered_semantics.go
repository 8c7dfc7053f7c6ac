package main

import "fmt"

func main() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	close(c)
	for s := range c {
		fmt.Print(s, " ")
	}
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
}
