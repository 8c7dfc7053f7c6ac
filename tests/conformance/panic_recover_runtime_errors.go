package main

import (
	"fmt"
	"runtime"
)

func check(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%s: %v | runtime.Error=%v error=%v\n", name, r, isRuntime, isErr)
	}()
	f()
}

type T struct{ v int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	check("index", func() { _ = s[i] })
	check("slice", func() { _ = s[1:i] })
	check("slice2", func() { j := 2; _ = s[j:1] })
	var p *T
	check("nil", func() { _ = p.v })
	zero := 0
	check("div", func() { _ = 10 / zero })
	check("mod", func() { _ = 10 % zero })
	var x interface{} = "str"
	check("assert", func() { _ = x.(int) })
	check("custom", func() { panic(fmt.Sprintf("custom %d", 7)) })
	arr := [3]int{}
	check("array", func() { _ = arr[i%8] })
	str := "abc"
	check("string", func() { _ = str[i] })
	n := -1
	check("make", func() { _ = make([]int, n) })
}
