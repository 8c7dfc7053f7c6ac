package main

import "fmt"

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	var fib func(int) int
	memo, misses := memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = memo
	fmt.Println(fib(50), *misses)
	fmt.Println(fib(30), *misses)
	adders := make(map[string]func(int) int)
	for _, d := range []int{1, 10, 100} {
		d := d
		adders[fmt.Sprint("+", d)] = func(x int) int { return x + d }
	}
	fmt.Println(adders["+1"](5), adders["+10"](5), adders["+100"](5))
}
