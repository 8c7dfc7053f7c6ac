package main

import "fmt"

func main() {
	vals := []float64{3.9, -3.9, 0.5, -0.5, 2.0, 1e9 + 0.75}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	p, q := 200.7, -100.2
	fmt.Println(uint8(p), int8(q))
	var f float32 = 7.99
	fmt.Println(int(f), uint(f))
	i := 7
	fmt.Println(float64(i)/2, float64(i/2), i/2)
	big := 1 << 53
	fmt.Println(float64(big), float64(big+1), int64(float64(big+1)))
}
