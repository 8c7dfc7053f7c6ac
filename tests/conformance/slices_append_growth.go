package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	t := make([]int, 0, 5)
	t = append(t, 1, 2, 3)
	fmt.Println(len(t), cap(t), t)
	u := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(u), cap(u))
	b := append([]byte(nil), "hello"...)
	fmt.Println(len(b), cap(b))
	v := append(make([]int, 3), make([]int, 10)...)
	fmt.Println(len(v), cap(v))
}
