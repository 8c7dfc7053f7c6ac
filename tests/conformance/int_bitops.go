package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1))
	var flags uint8
	const (
		A uint8 = 1 << iota
		B
		C
		D
	)
	flags |= A | C
	fmt.Printf("%08b\n", flags)
	flags &^= A
	flags ^= D
	fmt.Printf("%08b %v %v\n", flags, flags&C != 0, flags&A != 0)
	x := 0b1011_0110
	fmt.Println(x, 0o17, 0x_FF, 1_000_000, 017)
	fmt.Printf("%b %o %x %X\n", x, x, x, x)
}
