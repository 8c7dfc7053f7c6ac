package main

import "fmt"

type big struct {
	id   int
	vals [4]int
	tags []string
	m    map[string]int
}

// Values pass from a parked sender to a receiver, and from a sender to a parked receiver,
// as copies of the moment of the send: later changes by the sender are not seen.
func main() {
	c := make(chan big)
	ack := make(chan bool)
	go func() {
		b := big{id: 1, vals: [4]int{1, 2, 3, 4}, tags: []string{"a"}, m: map[string]int{"k": 1}}
		c <- b // main may not be receiving yet: then this sender parks holding b
		b.vals[0] = 100
		b.id = 100
		<-ack
		arr := [3]int{7, 8, 9}
		ca <- arr // main is (or soon will be) parked receiving
		arr[1] = 0
		ack <- true
	}()
	got := <-c
	ack <- true
	fmt.Println(got.id, got.vals, got.tags, got.m)
	fmt.Println(<-ca)
	<-ack
	s := make(chan [2]string)
	go func() {
		v := [2]string{"x", "y"}
		select {
		case s <- v:
		}
		v[0] = "changed"
	}()
	fmt.Println(<-s)
}

var ca = make(chan [3]int)
