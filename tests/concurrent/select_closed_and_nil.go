package main

import "fmt"

func main() {
	closed := make(chan int)
	close(closed)
	var nilc chan int
	counts := map[string]int{}
	for i := 0; i < 100; i++ {
		select {
		case v, ok := <-closed:
			counts[fmt.Sprint("closed ", v, ok)]++
		case <-nilc:
			counts["nil"]++
		}
	}
	fmt.Println(counts)
	c := make(chan int, 2)
	c <- 1
	c <- 2
	got := []int{}
	for len(got) < 2 {
		select {
		case v := <-c:
			got = append(got, v)
		case v := <-c:
			got = append(got, v+100)
		}
	}
	fmt.Println(len(got), got[0]%100, got[1]%100)
}
