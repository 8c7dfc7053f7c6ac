package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		q, r := divmod(p[0], p[1])
		fmt.Printf("%d / %d = %d rem %d\n", p[0], p[1], q, r)
	}
	var m int8 = -128
	var neg int8 = -1
	fmt.Println(m/neg, m%neg)
	var u uint = 7
	fmt.Println(u/2, u%2)
	var a int64 = -9223372036854775808
	var b int64 = -1
	fmt.Println(a/b, a%b)
}
