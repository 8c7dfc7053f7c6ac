package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/4)
	var f32 float32 = 1.0 / 3.0
	fmt.Println(f32, float64(f32))
	var x float32 = 16777216
	fmt.Println(x+1, x+2)
	var y float64 = 16777216
	fmt.Println(y + 1)
	fmt.Println(float32(0.1)+float32(0.2), float32(0.1+0.2))
	fmt.Println(1e100, 1e-100, 123456789.0, 12345678912345678.0)
	fmt.Println(3.0, 2.5e10, -0.0, 1e20, 1e21)
	var z float64
	fmt.Println(-z, 1/(-z) < 0)
}
