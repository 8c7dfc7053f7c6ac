package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 0x4E16, 0x1F600, 'x')
	fmt.Printf("%+d|% d|%+d|% d\n", 5, 5, -5, -5)
	fmt.Printf("[%6d][%-6d][%06d][%+06d][%x][% x]\n", 42, 42, 42, 42, -42, 42)
	fmt.Printf("%d %d %d\n", int8(-128), uint64(18446744073709551615), int64(-1))
	fmt.Printf("%x %X\n", uint32(3735928559), int64(-255))
	fmt.Printf("%08b %3c|\n", 5, 'z')
	fmt.Printf("%v %v\n", uint8(7), uintptr(9))
	fmt.Printf("%.3d|%8.4d|%-8.4d|\n", 7, 7, -7)
	fmt.Printf("%t %v\n", true, false)
}
