package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(string([]byte{72, 105}), string([]rune{0x1F600, 'x'}))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(mb, string(mb))
}
