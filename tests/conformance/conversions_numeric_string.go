package main

import (
	"fmt"
	"strconv"
)

type Score int
type Label string

func main() {
	i := 65
	fmt.Println(string(rune(i)), strconv.Itoa(i), fmt.Sprint(i))
	var r rune = 'é'
	fmt.Println(string(r), int(r), byte(r))
	f := 2.99
	fmt.Println(int(f), int(-f), float32(f))
	sc := Score(10)
	fmt.Println(int(sc)+5, sc*2)
	var lb Label = "tag"
	fmt.Println(string(lb)+"!", Label("x") < lb)
	bs := []byte(lb)
	fmt.Println(bs, Label(bs))
	u := uint8(250)
	fmt.Println(int(u)+10, u+10)
	fmt.Println(float64(7)/2, float64(7/2))
	var x int64 = 1 << 40
	fmt.Println(int32(x), float32(x))
	fmt.Println(uint32(1<<32-1), int16(-32768))
}
