// Go 1.20: converting a slice to an array (copy) and to an array pointer (alias).
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(s, a)
	b := [2]int(s[1:])
	fmt.Println(b, len(b))
	p := (*[3]int)(s)
	p[2] = 30
	fmt.Println(s, *p)
	var empty []int
	z := [0]int(empty)
	fmt.Println(z, len(z))
	str := []byte("hey")
	arr := [3]byte(str)
	fmt.Println(arr, string(arr[:]))
}
