package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println("after loop", i)
	for x := 10; x > 0; x /= 2 {
		if x%2 == 1 {
			continue
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	for range [3]struct{}{} {
		fmt.Print("*")
	}
	fmt.Println()
}
