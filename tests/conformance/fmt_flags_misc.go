package main

import "fmt"

type Celsius float64

func main() {
	fmt.Printf("%+v|%+d|%+.1f|%+q\n", 5, 0, 0.0, "ü")
	fmt.Printf("%#v|%#v|%#v\n", Celsius(1.5), []Celsius{2}, map[string]Celsius{"a": 3})
	fmt.Printf("% d|% x|% X|%# x\n", 42, []byte{1, 2, 255}, "AB", []byte{10, 11})
	fmt.Printf("%-5t|%5t|\n", true, false)
	fmt.Printf("%v %v\n", [2][]int{{1}, nil}, [][2]int{{1, 2}})
	fmt.Printf("%6.2v|%.1v|%10v|\n", 3.14159, "hello", []int{1, 2})
	fmt.Printf("%03d|%-03d|%+03d\n", -5, -5, 5)
	fmt.Printf("%x|%X|%#x\n", []int{10, 255}, [2]int{10, 255}, []int{10})
	fmt.Printf("%o|%#o|%O\n", 8, 8, 8)
	fmt.Printf("%c|%c\n", 0x1F600, -1)
	fmt.Printf("%U|%#U\n", 0x1F600, 0x1F600)
	fmt.Printf("%08.3f|%-8.3f|%+08.3f\n", -3.14159, 3.14159, 3.14159)
}
