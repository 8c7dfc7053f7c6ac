package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := make([]int, 3, 10)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d[3], e[3])
	f := []int{1, 2, 3}
	g := append(f, 4)
	g[0] = 100
	fmt.Println(f, g)
	h := a[:2:2]
	h = append(h, 99)
	h[0] = -1
	fmt.Println(a, h)
	arr := [4]string{"w", "x", "y", "z"}
	sl := arr[1:]
	sl[0] = "X"
	fmt.Println(arr, sl)
}
