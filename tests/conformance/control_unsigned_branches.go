package main

import "fmt"

// Branches on unsigned comparisons, near each type's limits.
func main() {
	b := []byte{0, 1, 31, 32, 127, 128, 200, 255}
	for _, x := range b {
		if x < ' ' || x == 0x7f {
			fmt.Print("ctl ")
		} else if x >= 128 {
			fmt.Print("high ")
		} else if x > 'a' {
			fmt.Print("gt-a ")
		} else {
			fmt.Print("other ")
		}
	}
	fmt.Println()
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 1 << 63
	var u uint = ^uint(0)
	var p uintptr = ^uintptr(0)
	if u16 > 5 && u32 > 5 && u64 > 5 && u > 5 && p > 5 {
		fmt.Println("big values are big")
	}
	if u32 <= 4294967294 || u16 < 65535 {
		fmt.Println("wrong")
	}
	var one uint32 = 1
	zero := one - 1
	wrapped := zero - 1
	if wrapped > one {
		fmt.Println("wrapped around:", wrapped)
	}
	if x, y := uint8(200), uint8(100); x > y && y < x && x >= y && !(x <= y) {
		fmt.Println("ordered", x, y, x < y, x > y)
	}
}
