package main

import "fmt"

func main() {
	fmt.Println(0b1010, 0B11, 0o17, 0O7, 017, 0x1F, 0XaB, 1_000_000, 0x_FF_FF)
	fmt.Println(1e3, 1.5e-3, .5, 5., 0x1p-2, 0x1.8p1, 1_0.2_5)
	fmt.Println(2i, 1.5i, 0x10i, 1e2i, 3+4i)
	fmt.Println('a', '\x41', '\101', '\u00e9', '\U0001F600', '\'', '\\')
	π := 3.14159
	café := "latte"
	größe := 42
	fmt.Println(π, café, größe)
	_日本 := "ok"
	fmt.Println(_日本)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 1i, 'x')
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(077 == 0o77, 0x10 == 16, 1e2 == 100)
}
