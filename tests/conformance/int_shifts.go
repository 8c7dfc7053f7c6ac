package main

import "fmt"

func main() {
	var x uint8 = 1
	for i := 0; i < 10; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var s int32 = -16
	fmt.Println(s>>1, s>>2, s>>31, s>>40)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u>>32, u<<1)
	n := uint(3)
	fmt.Println(1<<n, int64(1)<<62, int8(1)<<6)
	one8 := int8(1)
	fmt.Println(one8<<7, one8<<8)
	var k int = 5
	var sh uint64 = 2
	fmt.Println(k<<sh, k>>sh)
	var big int64 = 1
	fmt.Println(big<<63, big<<64)
}
