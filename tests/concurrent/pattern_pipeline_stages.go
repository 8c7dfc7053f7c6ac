package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

// Stages connected by channels, each closing its output when its input is drained: the
// order of values is kept end to end.
func main() {
	for v := range filter(sq(sq(gen(1, 2, 3, 4, 5, 6))), func(n int) bool { return n%2 == 0 }) {
		fmt.Println(v)
	}
	sum := 0
	for v := range sq(gen(func() []int {
		xs := make([]int, 100)
		for i := range xs {
			xs[i] = i
		}
		return xs
	}()...)) {
		sum += v
	}
	fmt.Println(sum)
}
