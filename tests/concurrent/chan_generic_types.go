package main

import (
	"fmt"
	"sort"
)

type pair[K comparable, V any] struct {
	key K
	val V
}

type indexed[R any] struct {
	i int
	r R
}

func mapConcurrent[T, R any](in []T, f func(T) R) []R {
	c := make(chan indexed[R], len(in))
	for i, v := range in {
		go func(i int, v T) { c <- indexed[R]{i, f(v)} }(i, v)
	}
	out := make([]R, len(in))
	for range in {
		r := <-c
		out[r.i] = r.r
	}
	return out
}

func collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	fmt.Println(mapConcurrent([]int{1, 2, 3, 4}, func(x int) string { return fmt.Sprint(x * x) }))
	c := make(chan pair[string, int])
	go func() {
		defer close(c)
		for i, k := range []string{"b", "a", "c"} {
			c <- pair[string, int]{k, i}
		}
	}()
	ps := collect(c)
	sort.Slice(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
	fmt.Println(ps)
}
