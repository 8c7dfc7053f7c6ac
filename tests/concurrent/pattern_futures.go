package main

import (
	"errors"
	"fmt"
)

// A future: a computation started now whose result is read later, once, from a channel.
type future[T any] struct{ ch chan result[T] }

type result[T any] struct {
	v   T
	err error
}

func async[T any](f func() (T, error)) future[T] {
	fu := future[T]{make(chan result[T], 1)}
	go func() {
		v, err := f()
		fu.ch <- result[T]{v, err}
	}()
	return fu
}

func (f future[T]) await() (T, error) {
	r := <-f.ch
	return r.v, r.err
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	a := async(func() (int, error) { return fib(20), nil })
	b := async(func() (string, error) { return "", errors.New("failed") })
	c := async(func() ([]int, error) { return []int{1, 2, 3}, nil })
	var futures []future[int]
	for i := 0; i < 5; i++ {
		n := i * 3
		futures = append(futures, async(func() (int, error) { return fib(n), nil }))
	}
	fmt.Println(a.await())
	fmt.Println(b.await())
	fmt.Println(c.await())
	for _, f := range futures {
		v, _ := f.await()
		fmt.Print(v, " ")
	}
	fmt.Println()
}
