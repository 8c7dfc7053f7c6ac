package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func shadowed() (result int) {
	result = 1
	{
		result := 2
		_ = result
	}
	return
}

func explicit() (a, b string) {
	a = "ignored"
	return "x", "y"
}

func counter() (n int, err error) {
	for i := 0; i < 5; i++ {
		n += i
	}
	return n, err
}

func main() {
	fmt.Println(split(17))
	fmt.Println(shadowed())
	fmt.Println(explicit())
	fmt.Println(counter())
}
