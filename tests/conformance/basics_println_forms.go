package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("a", "b", 1, 2, true, nil, 3.5)
	fmt.Println(1, 2, 3)
	fmt.Println("x", 'x', 1e6, 1e21, 1e-7, 100.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println([]int{1, 2}, [2]string{"a", "b"}, map[string]int{"z": 1, "a": 2})
	fmt.Println(struct {
		A int
		B string
	}{1, "x"})
	var p *int
	var e error
	fmt.Println(p, e)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
