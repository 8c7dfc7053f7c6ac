package main

import "fmt"

type point struct{ x, y int }

// Sending copies the value: arrays and structs changed after the send are not seen by the receiver.
func main() {
	ca := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	ca <- a
	a[0] = 100
	fmt.Println(<-ca, a)

	cs := make(chan point, 1)
	p := point{1, 2}
	cs <- p
	p.x = 50
	fmt.Println(<-cs, p)

	cp := make(chan *point, 1)
	cp <- &p
	p.y = 60
	fmt.Println(*<-cp)

	csl := make(chan []int, 1)
	s := []int{1, 2}
	csl <- s
	s[0] = 9
	fmt.Println(<-csl)

	done := make(chan point)
	go func() {
		q := point{7, 8}
		done <- q
		q.x = 0
	}()
	fmt.Println(<-done)
}
