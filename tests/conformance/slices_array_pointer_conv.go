package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	q := (*[4]int)(s)
	q[3] = 40
	fmt.Println(s, len(q))
	arr := [5]byte{'h', 'e', 'l', 'l', 'o'}
	sl := arr[1:4]
	fmt.Println(string(sl), len(sl), cap(sl))
	ptr := &arr
	sl2 := ptr[:2]
	sl2[0] = 'j'
	fmt.Println(string(arr[:]))
}
