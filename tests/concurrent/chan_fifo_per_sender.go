package main

import "fmt"

// Values from one sender arrive in the order sent, however the senders interleave.
func main() {
	c := make(chan [2]int, 7)
	const senders, each = 5, 200
	for s := 0; s < senders; s++ {
		go func(s int) {
			for i := 0; i < each; i++ {
				c <- [2]int{s, i}
			}
		}(s)
	}
	next := make([]int, senders)
	bad := 0
	for k := 0; k < senders*each; k++ {
		v := <-c
		if v[1] != next[v[0]] {
			bad++
		}
		next[v[0]] = v[1] + 1
	}
	fmt.Println(next, bad)
}
