package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	d := 1 + 2i
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == d, c == complex(3, 4))
	var c64 complex64 = complex64(c)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T %T %T\n", c, c64, real(c64), imag(c))
	fmt.Printf("%v %.2f %g\n", c, c, d)
	x := 2i * 2i
	fmt.Println(x, -c)
	var z complex128
	fmt.Println(z)
	const k = 1i * 1i
	fmt.Println(k, real(k))
	var f32 float32 = 1.5
	fmt.Println(complex(f32, f32))
}
