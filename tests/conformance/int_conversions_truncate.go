package main

import "fmt"

func main() {
	x := 0x12345678
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var big uint64 = 1<<64 - 1
	fmt.Println(int64(big), int32(big), int8(big))
	var v uint8 = 0x80
	fmt.Println(int8(v), int16(int8(v)), uint16(v))
	var s int8 = -1
	fmt.Println(uint8(s), uint16(s), uint32(s), uint64(s))
	var w int32 = -300
	fmt.Println(uint8(w), int8(w))
	mx := int32(0x7fffffff)
	fmt.Println(int64(mx+1), int64(mx)+1)
}
