package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower(a)))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y ")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	fmt.Println(string(bytes.TrimSpace([]byte("  t  "))), string(bytes.Trim([]byte("xxaxx"), "x")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 2)), string(bytes.ReplaceAll(a, []byte("o"), []byte("0"))))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("rs")), bytes.Count(a, []byte("e")))
	fmt.Println(bytes.IndexByte(a, ','), bytes.EqualFold([]byte("GO"), []byte("go")))
	before, after, ok := bytes.Cut(a, []byte(", "))
	fmt.Println(string(before), string(after), ok)
}
