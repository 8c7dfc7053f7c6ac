package main

import "fmt"

func main() {
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	fmt.Printf("%.10f %.10f\n", sum32, sum64)
	var f float32 = 3.4e38
	fmt.Println(f*10, -f*10)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)
	d := 1.0000001
	fmt.Println(float32(d), float32(d) == 1)
	fmt.Println(float32(16777217), float64(float32(16777217)))
	var g float32 = 0.3
	fmt.Println(g, float64(g), g*3)
	fmt.Printf("%v %g %e\n", float32(2)/3, float32(2)/3, float32(2)/3)
}
