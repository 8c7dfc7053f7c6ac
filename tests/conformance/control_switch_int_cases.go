// Expression switches on integer tags with constant cases (negative, narrow and unsigned
// types, bytes and runes, constant expressions), `case nil` on nilable tags, and & with
// constant masks on narrow types.
package main

import "fmt"

type Code int16

const (
	A Code = -3 + iota
	B
	C
)

func name(c Code) string {
	switch c {
	case A:
		return "A"
	case B, C:
		return "B or C"
	case 100, -100:
		return "hundred"
	}
	return "other"
}

func kind(b byte) string {
	switch b {
	case ' ', '\t', '\n':
		return "space"
	case 255:
		return "max"
	case 'a' + 1:
		return "b"
	}
	return string(rune(b))
}

func main() {
	for _, c := range []Code{-3, -2, -1, 0, 100, -100, 32767} {
		fmt.Print(name(c), " ")
	}
	fmt.Println()
	for _, b := range []byte{' ', '\t', 'x', 255, 'b', 0} {
		fmt.Printf("%q ", kind(b))
	}
	fmt.Println()
	var u8 uint8 = 200
	switch u8 {
	case 200:
		fmt.Println("u8 200")
	default:
		fmt.Println("u8 other")
	}
	var i8 int8 = -128
	switch i8 {
	case 127:
		fmt.Println("wrong")
	case -128:
		fmt.Println("i8 min")
	}
	var big uint64 = 1 << 63
	switch big {
	case 1:
		fmt.Println("wrong")
	case 1 << 63:
		fmt.Println("u64 top bit")
	}
	for _, r := range "añ€" {
		switch r {
		case 'a':
			fmt.Print("a ")
		case 'ñ':
			fmt.Print("enye ")
		case '€':
			fmt.Print("euro ")
		}
	}
	fmt.Println()
	var s []int
	var m map[int]int
	var f func()
	for i := 0; i < 2; i++ {
		switch s {
		case nil:
			fmt.Print("nil slice ")
		}
		switch m {
		case nil:
			fmt.Print("nil map ")
		}
		switch f {
		case nil:
			fmt.Print("nil func ")
		}
		s, m, f = []int{}, map[int]int{}, func() {}
	}
	fmt.Println()
	var n8 int8 = -1
	var w uint16 = 0xABCD
	x := 0x12345
	fmt.Println(n8&0x7f, n8&-2, w&0xff, w&0xff00, x&0xfff, x&-16, int8(-128)&n8)
}
