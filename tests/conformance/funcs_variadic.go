package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(args ...interface{}) {
	fmt.Println(len(args), args == nil, args)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	describe()
	describe(1, "two", nil)
	items := []interface{}{1, 2}
	describe(items...)
	describe(items)
	mutate(nums...)
	fmt.Println(nums)
	mutate(1, 2)
	f := fmt.Sprintln
	fmt.Print(f("via", "value"))
}
