package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = Big * Big

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Small)
	fmt.Println(Huge / Big / (1 << 90))
	fmt.Println(Big / (1 << 97))
	fmt.Println(Pi)
	var f32 float32 = Pi
	fmt.Println(f32)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	const x = 10 / 4
	const y = 10 / 4.0
	fmt.Println(x, y)
	var f float64 = Big
	fmt.Println(f)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", x, y, r, 2i)
	const e = 1e400 / 1e390
	fmt.Println(e)
}
