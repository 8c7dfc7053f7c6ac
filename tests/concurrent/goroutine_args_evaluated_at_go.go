package main

import "fmt"

type counter struct{ n int }

func (c counter) report(out chan<- int) { out <- c.n }

// The function value and arguments of a go statement are evaluated when it runs, in the
// calling goroutine: later changes are not seen.
func main() {
	out := make(chan int)
	x := 1
	go func(v int) { out <- v }(x)
	x = 2
	fmt.Println(<-out, x)

	c := counter{10}
	go c.report(out) // value receiver: copied now
	c.n = 20
	fmt.Println(<-out)

	f := func(v int) { out <- v * 100 }
	go f(3)
	f = func(v int) { out <- -v }
	fmt.Println(<-out)

	calls := 0
	arg := func() int { calls++; return calls }
	go func(a, b int) { out <- a*10 + b }(arg(), arg())
	fmt.Println(<-out, calls)
}
