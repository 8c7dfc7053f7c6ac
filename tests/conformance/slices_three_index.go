package main

import "fmt"

func main() {
	base := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := base[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base)
	s = append(s, 200)
	fmt.Println(base)
	s = append(s, 300)
	s[0] = -2
	fmt.Println(base, s)
	full := base[:]
	t := full[8:]
	fmt.Println(t, len(t), cap(t))
	u := t[:cap(t)]
	fmt.Println(u)
	v := base[3:3]
	fmt.Println(len(v), cap(v), v[:2])
}
