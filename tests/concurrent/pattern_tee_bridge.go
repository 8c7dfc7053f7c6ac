package main

import "fmt"

// tee copies each value to two outputs; bridge flattens a channel of channels.
func tee(in <-chan int) (<-chan int, <-chan int) {
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a, b := a, b // local copies, set to nil once sent
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return a, b
}

func bridge(chans <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for c := range chans {
			for v := range c {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	x, y := tee(src)
	var xs, ys []int
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			xs = append(xs, v)
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			ys = append(ys, v*10)
		}
	}
	fmt.Println(xs, ys)

	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			c := make(chan int, 2)
			c <- i
			c <- i * 100
			close(c)
			chans <- c
		}
	}()
	for v := range bridge(chans) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
