package main

import "fmt"

type Celsius float64
type Meters int

const Boiling Celsius = 100
const Width Meters = 20

func main() {
	const c = 37.5
	var t Celsius = c
	fmt.Println(t, Boiling-t)
	fmt.Printf("%T %v\n", Boiling*2, Boiling*2)
	area := Width * Width
	fmt.Printf("%T %v\n", area, area)
	var i int = int(Width) + 5
	fmt.Println(i)
	const typed int32 = 1 << 20
	var v int64 = int64(typed) << 20
	fmt.Println(v)
	const u = uint8(255)
	fmt.Println(u, u/2)
	const s string = "hello"
	type Name string
	var n Name = Name(s) + " world"
	fmt.Println(n, len(n))
	const f = float32(0.1)
	fmt.Println(f, float64(f) == 0.1)
}
