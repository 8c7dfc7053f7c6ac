package main

import "fmt"

func power(c complex128, n int) complex128 {
	r := complex(1, 0)
	for i := 0; i < n; i++ {
		r *= c
	}
	return r
}

func abs2(c complex128) float64 {
	return real(c)*real(c) + imag(c)*imag(c)
}

func main() {
	i := 1i
	for n := 0; n <= 4; n++ {
		fmt.Println(n, power(i, n))
	}
	c := complex(1, 1)
	fmt.Println(power(c, 8), abs2(c))
	var a complex64 = 1.5 + 0.5i
	a *= a
	fmt.Println(a)
	fmt.Println(complex(0, 0) == 0, 3+0i == 3)
	roots := []complex128{1, -1, 1i, -1i}
	for _, r := range roots {
		fmt.Print(r*r*r*r, " ")
	}
	fmt.Println()
}
