package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "b", "3")
	fmt.Println(r2.Replace("aaab"))
	rd := strings.NewReader("hello world")
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	b, _ := rd.ReadByte()
	fmt.Println(string(b))
	rest, err := io.ReadAll(rd)
	fmt.Println(string(rest), err)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	rr := strings.NewReader("héllo")
	for {
		ch, size, err := rr.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println()
}
