package main

import (
	"fmt"
	"math"
)

const (
	MaxUint = ^uint(0)
	MaxInt  = int(MaxUint >> 1)
	MinInt  = -MaxInt - 1
)

const greeting = "hi" + " " + "there"
const n = len(greeting)
const isBig = n > 5

func main() {
	fmt.Println(MaxUint, MaxInt, MinInt)
	fmt.Println(greeting, n, isBig)
	const mask = 1<<8 - 1
	fmt.Println(mask, mask&0x0f, mask^0xff)
	const ratio = 22.0 / 7
	fmt.Printf("%.6f\n", ratio)
	const deg = 180 / math.Pi
	fmt.Printf("%.4f\n", deg)
	const maxU64 = math.MaxUint64
	var u uint64 = maxU64
	fmt.Println(u, maxU64/3)
	const arr = len([3]int{})
	fmt.Println(arr)
	fmt.Println(7/2*2.0, 7/2.0*2)
}
