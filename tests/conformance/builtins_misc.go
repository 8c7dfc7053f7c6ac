package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s))
	s = append(s, 1, 2)
	fmt.Println(s)
	dst := make([]int, 2)
	fmt.Println(copy(dst, s[3:]), dst)
	m := map[string]int{"a": 1, "b": 2}
	delete(m, "a")
	fmt.Println(m, len(m))
	p := new(struct{ X int })
	p.X = 5
	fmt.Println(*p)
	c := complex(1.5, -2)
	fmt.Println(real(c), imag(c))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr), len("héllo"), len([]rune("héllo")))
	ch := "x"
	fmt.Println(len(ch + ch))
	const l = len([4]int{})
	fmt.Println(l)
	var ptr *[7]int
	fmt.Println(len(ptr), cap(ptr))
}
