package main

import "fmt"

// With two ready cases select picks one uniformly at random: over 2000 rounds both are taken
// many times (the chance that either is taken under 800 times is below 1e-18).
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println(na+nb, na > 800, nb > 800)
}
